import type { FieldSpec } from "@/lib/admin/fields";
import { noPlanOptions, type PlanOptions } from "@/lib/plan/form-options";
import { areaSelect, frameworkFields, recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

/**
 * The action form; without options it is what the server action reads the posted form with. `labels`:
 * the document's own names for the area and the goals field, where it has them (data, not keys).
 */
export function actionFields(options: PlanOptions = noPlanOptions, labels: { area?: string; goals?: string } = {}, existing = true): FieldSpec[] {
  return [
    ...recordIdentity(existing),
    areaSelect(labels.area ? { text: labels.area } : "admin.fields.area", options.areas),
    { name: "number", label: "admin.fields.number", kind: "text", required: true, maxLength: 20, hint: "admin.fields.numberHint" },
    { name: "title", label: "admin.fields.title", kind: "text", required: true, maxLength: 300 },
    { name: "text", label: "admin.fields.text", kind: "markdown", hint: "admin.fields.markdownHint" },
    {
      name: "goalIds",
      label: labels.goals ? { text: labels.goals } : "admin.fields.goals",
      kind: "checkboxes",
      options: options.goals,
      numeric: true,
      hint: "admin.fields.goalsHint",
    },
    {
      name: "responsibleIds",
      label: "admin.fields.responsible",
      kind: "checkboxes",
      options: options.organisations,
      numeric: true,
      hint: "admin.fields.responsibleHint",
    },
    { name: "partnerIds", label: "admin.fields.partners", kind: "checkboxes", options: options.organisations, numeric: true },
    ...frameworkFields(options),
    slugField,
    ...translationFields("action"),
  ];
}
