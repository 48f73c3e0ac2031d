import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { noPlanOptions, type PlanOptions } from "@/lib/plan/form-options";
import { frameworkFields, recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

export function areaFields(options: Pick<PlanOptions, "agenda2030" | "publicHealth"> = noPlanOptions, existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    ...(existing ? [] : hiddenFields("documentId")),
    { name: "number", label: "admin.fields.areaNumber", kind: "text", maxLength: 20 },
    { name: "title", label: "admin.fields.title", kind: "text", required: true, maxLength: 300 },
    { name: "subtitle", label: "admin.fields.subtitle", kind: "text", maxLength: 300 },
    { name: "description", label: "admin.fields.description", kind: "markdown", hint: "admin.fields.markdownHint" },
    { name: "direction", label: "admin.fields.direction", kind: "markdown" },
    { name: "focus", label: "admin.fields.focus", kind: "lines", hint: "admin.fields.focusHint" },
    ...frameworkFields(options),
    slugField,
    ...translationFields("area"),
  ];
}
