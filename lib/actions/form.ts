import type { FieldSpec } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import { noPlanOptions, type PlanOptions } from "@/lib/plan/form-options";
import { areaSelect, frameworkFields, recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

const f = sv.admin.fields;

/** The action form; without options it is what the server action reads the posted form with. */
export function actionFields(options: PlanOptions = noPlanOptions, labels: { area: string; goals: string } = f, existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    areaSelect(labels.area, options.areas),
    { name: "number", label: f.number, kind: "text", required: true, maxLength: 20, hint: f.numberHint },
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 300 },
    { name: "text", label: f.text, kind: "markdown", hint: f.markdownHint },
    { name: "goalIds", label: labels.goals, kind: "checkboxes", options: options.goals, numeric: true, hint: f.goalsHint },
    { name: "responsibleIds", label: f.responsible, kind: "checkboxes", options: options.organisations, numeric: true, hint: f.responsibleHint },
    { name: "partnerIds", label: f.partners, kind: "checkboxes", options: options.organisations, numeric: true },
    ...frameworkFields(options),
    slugField,
    ...translationFields("action"),
  ];
}
