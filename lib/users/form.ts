import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import { roles } from "./schema";

const roleOptions: Option[] = roles.map((r) => ({ value: r, label: `admin.users.roleOptions.${r}` }));
const person: FieldSpec[] = hiddenFields("userId", "municipalityId");

const grantFields = (areas: Option[]): FieldSpec[] => [
  { name: "role", label: "admin.users.role", kind: "select", options: roleOptions, required: true },
  { name: "areaIds", label: "admin.users.areas", kind: "checkboxes", options: areas, numeric: true, hint: "admin.users.areasHint" },
];

export const addUserFields = (areas: Option[] = []): FieldSpec[] => [
  ...hiddenFields("municipalityId"),
  { name: "email", label: "admin.users.email", kind: "text", required: true, maxLength: 254, hint: "admin.users.addHint" },
  { name: "name", label: "admin.users.name", kind: "text", required: true, maxLength: 200 },
  ...grantFields(areas),
];

export const changeGrantFields = (areas: Option[] = []): FieldSpec[] => [...person, ...grantFields(areas)];
export const removeGrantFields: FieldSpec[] = person;
/** The person's own answer to an invitation: which municipality, and "accept" or "decline" (one form per button). */
export const answerInvitationFields: FieldSpec[] = hiddenFields("municipalityId", "answer");
export const setPasswordFields: FieldSpec[] = [...person, { name: "password", label: "admin.users.newPassword", kind: "password", required: true }];

/** The public forms of links sent by e-mail. */
export const resetRequestFields: FieldSpec[] = [{ name: "email", label: "account.email", kind: "text", required: true, maxLength: 254 }];
export const emailLinkFields: FieldSpec[] = [
  ...hiddenFields("token"),
  { name: "password", label: "account.password", kind: "password", required: true, hint: "account.passwordHint" },
  { name: "repeat", label: "account.repeat", kind: "password", required: true },
];
