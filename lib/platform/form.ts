import type { FieldSpec, Option } from "@/lib/admin/fields";

export const createMunicipalityFields: FieldSpec[] = [
  { name: "name", label: "admin.platform.name", kind: "text", required: true, maxLength: 200 },
  { name: "slug", label: "admin.platform.slug", kind: "slug", required: true, maxLength: 100, hint: "admin.platform.slugHint" },
  { name: "code", label: "admin.platform.code", kind: "text", required: true, maxLength: 4, hint: "admin.platform.codeHint" },
  { name: "contact", label: "admin.platform.contact", kind: "textarea", hint: "admin.platform.contactHint" },
];

export const inviteAdministratorFields = (municipalities: Option[]): FieldSpec[] => [
  { name: "municipalityId", label: "admin.platform.municipality", kind: "select", options: municipalities, numeric: true, required: true },
  { name: "email", label: "admin.platform.email", kind: "text", required: true, maxLength: 254 },
  { name: "name", label: "admin.platform.personName", kind: "text", required: true, maxLength: 200 },
];

export const makeOperatorFields: FieldSpec[] = [
  { name: "email", label: "admin.platform.email", kind: "text", required: true, maxLength: 254, hint: "admin.platform.makeOperatorHint" },
];
