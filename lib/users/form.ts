import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import { roles } from "./schema";

const u = sv.admin.users;
const roleOptions: Option[] = roles.map((r) => ({ value: r, label: `${sv.admin.roles[r]} – ${u.roleHelp[r]}` }));
const person: FieldSpec[] = hiddenFields("userId", "municipalityId");

const grantFields = (areas: Option[]): FieldSpec[] => [
  { name: "role", label: u.role, kind: "select", options: roleOptions, required: true },
  { name: "areaIds", label: u.areas, kind: "checkboxes", options: areas, numeric: true, hint: u.areasHint },
];

export const addUserFields = (areas: Option[] = []): FieldSpec[] => [
  ...hiddenFields("municipalityId"),
  { name: "email", label: u.email, kind: "text", required: true, maxLength: 254, hint: u.addHint },
  { name: "name", label: u.name, kind: "text", required: true, maxLength: 200 },
  ...grantFields(areas),
];

export const changeGrantFields = (areas: Option[] = []): FieldSpec[] => [...person, ...grantFields(areas)];
export const removeGrantFields: FieldSpec[] = person;
/** The person's own answer to an invitation: which municipality, and "accept" or "decline" (one form per button). */
export const answerInvitationFields: FieldSpec[] = hiddenFields("municipalityId", "answer");
export const setPasswordFields: FieldSpec[] = [...person, { name: "password", label: u.newPassword, kind: "password", required: true }];

/** The public forms of links sent by e-mail. */
export const resetRequestFields: FieldSpec[] = [{ name: "email", label: sv.account.email, kind: "text", required: true, maxLength: 254 }];
export const emailLinkFields: FieldSpec[] = [
  ...hiddenFields("token"),
  { name: "password", label: sv.account.password, kind: "password", required: true, hint: sv.account.passwordHint },
  { name: "repeat", label: sv.account.repeat, kind: "password", required: true },
];
