import { type FieldSpec, type Option, type RawValues, hiddenFields } from "@/lib/admin/fields";
import { cellName, type BulkRow } from "@/lib/admin/rows";
import { IndicatorValueType } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/message";
import type { IndicatorRow } from "./series";

// Labels, hints and option labels are catalogue keys: the form translates them (lib/admin/fields.ts).
const f = "indicators.admin.fields";

/** The indicator form; without options it is what the server action reads the posted form with. */
export function indicatorFields(goals: Option[] = [], existing = true): FieldSpec[] {
  return [
    ...(existing ? hiddenFields("id", "version") : hiddenFields("municipalityId")),
    { name: "name", label: `${f}.name`, kind: "text", required: true, maxLength: 200 },
    { name: "unit", label: `${f}.unit`, kind: "text", required: true, maxLength: 60, hint: `${f}.unitHint` },
    {
      name: "valueType",
      label: `${f}.valueType`,
      kind: "select",
      required: true,
      options: Object.values(IndicatorValueType).map((t) => ({ value: t, label: `indicators.valueType.${t}` })),
    },
    {
      name: "higherIsBetter",
      label: `${f}.higherIsBetter`,
      kind: "select",
      required: true,
      options: [
        { value: "true", label: `${f}.higher` },
        { value: "false", label: `${f}.lower` },
      ],
    },
    { name: "targetValue", label: `${f}.targetValue`, kind: "decimal" },
    { name: "targetYear", label: `${f}.targetYear`, kind: "integer" },
    { name: "source", label: `${f}.source`, kind: "text", maxLength: 200 },
    { name: "koladaKpi", label: `${f}.koladaKpi`, kind: "text", maxLength: 6, hint: `${f}.koladaKpiHint` },
    { name: "description", label: `${f}.description`, kind: "markdown", hint: "admin.fields.markdownHint" },
    { name: "goalIds", label: `${f}.goals`, kind: "checkboxes", options: goals, numeric: true },
    { name: "slug", label: `${f}.slug`, kind: "slug", maxLength: 80, hint: "admin.fields.slugHint" },
  ];
}

/** The values table posts the indicator and the version it showed. */
export const valueFormFields: FieldSpec[] = hiddenFields("id", "version");

export const valueColumns: FieldSpec[] = [
  { name: "year", label: "indicators.year", kind: "integer" },
  { name: "total", label: "indicators.gender.TOTAL", kind: "decimal" },
  { name: "women", label: "indicators.gender.WOMEN", kind: "decimal" },
  { name: "men", label: "indicators.gender.MEN", kind: "decimal" },
  { name: "national", label: "indicators.national", kind: "decimal" },
];

const NEW_ROWS = 3;

/** One row per stored year and a few empty rows for new years, as the bulk form takes them (row labels in the reader's language). */
export function valueRows(t: Translate, rows: IndicatorRow[], editable: boolean) {
  const initial: RawValues = {};
  const text = (v: number | null) => (v === null ? "" : String(v));
  const bulk: BulkRow[] = [];
  for (const r of rows) {
    const key = `y${r.year}`;
    bulk.push({ key, label: String(r.year), editable });
    Object.assign(initial, {
      [cellName(key, "year")]: String(r.year),
      [cellName(key, "total")]: text(r.total),
      [cellName(key, "women")]: text(r.women),
      [cellName(key, "men")]: text(r.men),
      [cellName(key, "national")]: text(r.national),
    });
  }
  for (let i = 1; i <= NEW_ROWS; i++) bulk.push({ key: `ny${i}`, label: t("indicators.admin.newYearRow", { n: i }), editable });
  return { rows: bulk, initial };
}
