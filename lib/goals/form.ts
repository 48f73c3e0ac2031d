import type { FieldSpec } from "@/lib/admin/fields";
import { noPlanOptions, type PlanOptions } from "@/lib/plan/form-options";
import { areaSelect, frameworkFields, recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

/** The goal form; `areaLabel` is the document's own name for its areas ("Målområde"), where there is one. */
export function goalFields(options: PlanOptions = noPlanOptions, areaLabel?: string, existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    areaSelect(areaLabel ? { text: areaLabel } : "admin.fields.area", options.areas),
    { name: "code", label: "admin.fields.code", kind: "text", required: true, maxLength: 20, hint: "admin.fields.codeHint" },
    { name: "title", label: "admin.fields.title", kind: "text", required: true, maxLength: 500 },
    { name: "text", label: "admin.fields.text", kind: "markdown", hint: "admin.fields.markdownHint" },
    ...frameworkFields(options),
    slugField,
    ...translationFields("goal"),
  ];
}
