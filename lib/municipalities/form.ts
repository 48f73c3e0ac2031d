import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";

const f = sv.admin.content.fields;

export const municipalityFields: FieldSpec[] = [
  ...hiddenFields("id", "version"),
  { name: "name", label: f.name, kind: "text", required: true, maxLength: 200 },
  { name: "shortName", label: f.shortName, kind: "text", required: true, maxLength: 100, hint: f.shortNameHint },
  { name: "intro", label: f.intro, kind: "markdown", required: true, hint: sv.admin.fields.markdownHint },
  { name: "contact", label: f.contact, kind: "markdown", hint: sv.admin.fields.markdownHint },
];
