import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import { documentKinds } from "@/lib/content/schema";
import { sv } from "@/lib/i18n/sv";
import { recordIdentity, slugField } from "@/lib/plan/form-fields";
import { translationFields } from "@/lib/translations/form";

const f = sv.admin.fields;
const kinds: Option[] = documentKinds.map((k) => ({ value: k, label: sv.documentKind[k.toUpperCase() as keyof typeof sv.documentKind] }));

/** The document form; `documents` are the municipality's other documents, for its relations. */
export function documentFields(documents: Option[] = [], existing = true): FieldSpec[] {
  const label = (name: "areaLabel" | "areaLabelPlural" | "goalLabel" | "goalLabelPlural" | "actionLabel" | "actionLabelPlural"): FieldSpec => ({
    name,
    label: f[name],
    kind: "text",
    required: true,
    maxLength: 60,
  });
  return [
    ...recordIdentity(existing),
    ...(existing ? [] : hiddenFields("municipalityId")),
    { name: "kind", label: f.kind, kind: "select", options: kinds, required: true },
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 300 },
    { name: "subtitle", label: f.subtitle, kind: "text", maxLength: 300 },
    { name: "summary", label: f.summary, kind: "textarea", required: true, maxLength: 1000, hint: f.summaryHint },
    { name: "registrationNumber", label: f.registrationNumber, kind: "text", maxLength: 60, hint: "T.ex. KS 24/550." },
    { name: "adoptedBy", label: f.adoptedBy, kind: "text", maxLength: 200 },
    { name: "adoptedOn", label: f.adoptedOn, kind: "date" },
    { name: "validUntil", label: f.validUntil, kind: "date" },
    { name: "reviewBy", label: f.reviewBy, kind: "date" },
    { name: "responsible", label: f.documentResponsible, kind: "text", maxLength: 300 },
    { name: "owner", label: f.owner, kind: "text", maxLength: 300 },
    { name: "periodStart", label: f.periodStart, kind: "integer" },
    { name: "periodEnd", label: f.periodEnd, kind: "integer" },
    { name: "concretisesId", label: f.concretises, kind: "select", options: documents, numeric: true },
    { name: "replacesIds", label: f.replaces, kind: "checkboxes", options: documents, numeric: true },
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
