import { type FieldSpec, type Label, type Option, hiddenFields } from "@/lib/admin/fields";
import type { PlanOptions } from "./form-options";

// Labels and hints are catalogue keys: the form translates them (lib/admin/fields.ts).

/** The hidden fields of a form that saves an existing record. */
export const recordIdentity = (existing: boolean): FieldSpec[] => (existing ? hiddenFields("id", "version") : []);

/** Agenda 2030 and public-health links, the same on areas, goals and actions. */
export const frameworkFields = (options: Pick<PlanOptions, "agenda2030" | "publicHealth">): FieldSpec[] => [
  { name: "agenda2030", label: "admin.fields.agenda2030", kind: "checkboxes", options: options.agenda2030, numeric: true },
  { name: "publicHealth", label: "admin.fields.publicHealth", kind: "checkboxes", options: options.publicHealth, numeric: true },
];

export const slugField: FieldSpec = { name: "slug", label: "admin.fields.slug", kind: "slug", maxLength: 80, hint: "admin.fields.slugHint" };

export const areaSelect = (label: Label, areas: Option[]): FieldSpec => ({
  name: "areaId",
  label,
  kind: "select",
  options: areas,
  numeric: true,
  required: true,
});
