import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import { documentKinds } from "@/lib/content/schema";
import { recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

const kinds: Option[] = documentKinds.map((k) => ({ value: k, label: `documentKind.${k.toUpperCase() as Uppercase<typeof k>}` }));

/** The document form; `documents` are the municipality's other documents, for its relations. */
export function documentFields(documents: Option[] = [], existing = true): FieldSpec[] {
  const label = (name: "areaLabel" | "areaLabelPlural" | "goalLabel" | "goalLabelPlural" | "actionLabel" | "actionLabelPlural"): FieldSpec => ({
    name,
    label: `admin.fields.${name}`,
    kind: "text",
    required: true,
    maxLength: 60,
  });
  return [
    ...recordIdentity(existing),
    ...(existing ? [] : hiddenFields("municipalityId")),
    { name: "kind", label: "admin.fields.kind", kind: "select", options: kinds, required: true },
    { name: "title", label: "admin.fields.title", kind: "text", required: true, maxLength: 300 },
    { name: "subtitle", label: "admin.fields.subtitle", kind: "text", maxLength: 300 },
    { name: "summary", label: "admin.fields.summary", kind: "textarea", required: true, maxLength: 1000, hint: "admin.fields.summaryHint" },
    { name: "registrationNumber", label: "admin.fields.registrationNumber", kind: "text", maxLength: 60, hint: "admin.fields.registrationNumberHint" },
    { name: "adoptedBy", label: "admin.fields.adoptedBy", kind: "text", maxLength: 200 },
    { name: "adoptedOn", label: "admin.fields.adoptedOn", kind: "date" },
    { name: "validUntil", label: "admin.fields.validUntil", kind: "date" },
    { name: "reviewBy", label: "admin.fields.reviewBy", kind: "date" },
    { name: "responsible", label: "admin.fields.documentResponsible", kind: "text", maxLength: 300 },
    { name: "owner", label: "admin.fields.owner", kind: "text", maxLength: 300 },
    { name: "periodStart", label: "admin.fields.periodStart", kind: "integer" },
    { name: "periodEnd", label: "admin.fields.periodEnd", kind: "integer" },
    { name: "concretisesId", label: "admin.fields.concretises", kind: "select", options: documents, numeric: true },
    { name: "replacesIds", label: "admin.fields.replaces", kind: "checkboxes", options: documents, numeric: true },
    label("areaLabel"),
    label("areaLabelPlural"),
    label("goalLabel"),
    label("goalLabelPlural"),
    label("actionLabel"),
    label("actionLabelPlural"),
    slugField,
    ...translationFields("document"),
  ];
}
