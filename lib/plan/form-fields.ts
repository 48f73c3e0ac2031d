import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import type { PlanOptions } from "./form-options";

const f = sv.admin.fields;

/** The hidden fields of a form that saves an existing record. */
export const recordIdentity = (existing: boolean): FieldSpec[] => (existing ? hiddenFields("id", "version") : []);

/** Agenda 2030 and public-health links, the same on areas, goals and actions. */
export const frameworkFields = (options: Pick<PlanOptions, "agenda2030" | "publicHealth">): FieldSpec[] => [
  { name: "agenda2030", label: f.agenda2030, kind: "checkboxes", options: options.agenda2030, numeric: true },
  { name: "publicHealth", label: f.publicHealth, kind: "checkboxes", options: options.publicHealth, numeric: true },
];

export const slugField: FieldSpec = { name: "slug", label: f.slug, kind: "slug", maxLength: 80, hint: f.slugHint };

export const areaSelect = (label: string, areas: Option[]): FieldSpec => ({
  name: "areaId",
  label,
  kind: "select",
  options: areas,
  numeric: true,
  required: true,
});
