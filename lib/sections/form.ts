import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import { recordIdentity } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

const f = sv.admin.fields;

export function sectionFields(existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    ...(existing ? [] : hiddenFields("documentId")),
    { name: "heading", label: f.heading, kind: "text", required: true, maxLength: 300 },
    {
      name: "level",
      label: f.level,
      kind: "select",
      numeric: true,
      required: true,
      options: [2, 3, 4].map((n) => ({ value: String(n), label: `${n === 2 ? "Huvudrubrik" : "Underrubrik"} (nivå ${n})` })),
    },
    { name: "body", label: f.body, kind: "markdown", hint: f.markdownHint },
    ...translationFields("section"),
  ];
}
