import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import { noPlanOptions, type PlanOptions } from "@/lib/plan/form-options";
import { frameworkFields, recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

const f = sv.admin.fields;

export function areaFields(options: Pick<PlanOptions, "agenda2030" | "publicHealth"> = noPlanOptions, existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    ...(existing ? [] : hiddenFields("documentId")),
    { name: "number", label: f.areaNumber, kind: "text", maxLength: 20 },
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 300 },
    { name: "subtitle", label: f.subtitle, kind: "text", maxLength: 300 },
    { name: "description", label: f.description, kind: "markdown", hint: f.markdownHint },
    { name: "direction", label: f.direction, kind: "markdown" },
    { name: "focus", label: f.focus, kind: "lines", hint: f.focusHint },
    ...frameworkFields(options),
    slugField,
    ...translationFields("area"),
  ];
}
