import type { FieldSpec } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import { noPlanOptions, type PlanOptions } from "@/lib/plan/form-options";
import { areaSelect, frameworkFields, recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

const f = sv.admin.fields;

export function goalFields(options: PlanOptions = noPlanOptions, areaLabel: string = f.area, existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    areaSelect(areaLabel, options.areas),
    { name: "code", label: f.code, kind: "text", required: true, maxLength: 20, hint: f.codeHint },
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 500 },
    { name: "text", label: f.text, kind: "markdown", hint: f.markdownHint },
    ...frameworkFields(options),
    slugField,
    ...translationFields("goal"),
  ];
}
