import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { recordIdentity } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

export function sectionFields(existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    ...(existing ? [] : hiddenFields("documentId")),
    { name: "heading", label: "admin.fields.heading", kind: "text", required: true, maxLength: 300 },
    {
      name: "level",
      label: "admin.fields.level",
      kind: "select",
      numeric: true,
      required: true,
      options: ([2, 3, 4] as const).map((n) => ({ value: String(n), label: `admin.fields.levelOptions.${n}` })),
    },
    { name: "body", label: "admin.fields.body", kind: "markdown", hint: "admin.fields.markdownHint" },
    ...translationFields("section"),
  ];
}
