import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";

export const municipalityFields: FieldSpec[] = [
  ...hiddenFields("id", "version"),
  { name: "name", label: "admin.content.fields.name", kind: "text", required: true, maxLength: 200 },
  { name: "shortName", label: "admin.content.fields.shortName", kind: "text", required: true, maxLength: 100, hint: "admin.content.fields.shortNameHint" },
  { name: "intro", label: "admin.content.fields.intro", kind: "markdown", required: true, hint: "admin.fields.markdownHint" },
  { name: "contact", label: "admin.content.fields.contact", kind: "markdown", hint: "admin.fields.markdownHint" },
];
