import type { FieldSpec, Option } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";

const p = sv.admin.platform;

export const createMunicipalityFields: FieldSpec[] = [
  { name: "name", label: p.name, kind: "text", required: true, maxLength: 200 },
  { name: "slug", label: p.slug, kind: "slug", required: true, maxLength: 100, hint: p.slugHint },
  { name: "code", label: p.code, kind: "text", required: true, maxLength: 4, hint: p.codeHint },
  { name: "contact", label: p.contact, kind: "textarea", hint: p.contactHint },
];

export const inviteAdministratorFields = (municipalities: Option[]): FieldSpec[] => [
  { name: "municipalityId", label: p.municipality, kind: "select", options: municipalities, numeric: true, required: true },
  { name: "email", label: p.email, kind: "text", required: true, maxLength: 254 },
  { name: "name", label: p.personName, kind: "text", required: true, maxLength: 200 },
];

export const makeOperatorFields: FieldSpec[] = [{ name: "email", label: p.email, kind: "text", required: true, maxLength: 254, hint: p.makeOperatorHint }];
