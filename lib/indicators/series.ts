import type { Gender, IndicatorValueType, ValueSource } from "@/lib/generated/prisma/enums";
import { trendOf } from "./trend";

/** What a goal page reads of a linked indicator. */
export const indicatorSelect = {
  select: {
    slug: true,
    name: true,
    description: true,
    unit: true,
    valueType: true,
    source: true,
    higherIsBetter: true,
    targetValue: true,
    targetYear: true,
    values: { orderBy: { year: "asc" }, select: { year: true, gender: true, national: true, value: true, source: true } },
  },
} as const;

type IndicatorRecord = {
  slug: string;
  name: string;
  description: string | null;
  unit: string;
  valueType: IndicatorValueType;
  source: string | null;
  higherIsBetter: boolean;
  targetValue: number | null;
  targetYear: number | null;
  values: { year: number; gender: Gender; national: boolean; value: number | null; source: ValueSource }[];
};

type Column = "total" | "women" | "men" | "national";

/**
 * One year of an indicator: the municipality's values in total and by gender, and the whole country's
 * (null where there is no number), and the columns whose value the source reports as missing.
 */
export type IndicatorRow = Record<Column, number | null> & { year: number; missing: Column[] };

/** The columns of an indicator's table, and the stored value each shows. */
export const tableColumns = [
  ["total", "TOTAL", false],
  ["women", "WOMEN", false],
  ["men", "MEN", false],
  ["national", "TOTAL", true],
] as const;

/** An indicator as its chart and table show it: rows per year, the target, the trend and where the values come from. */
export function indicatorView(i: IndicatorRecord) {
  const years = [...new Set(i.values.map((v) => v.year))].sort((a, b) => a - b);
  const stored = (year: number, gender: Gender, national: boolean) => i.values.find((v) => v.year === year && v.gender === gender && v.national === national);
  const rows: IndicatorRow[] = years.map((year) => {
    const cells = tableColumns.map(([column, gender, national]) => [column, stored(year, gender, national)] as const);
    return {
      year,
      ...(Object.fromEntries(cells.map(([column, v]) => [column, v?.value ?? null])) as Record<Column, number | null>),
      missing: cells.flatMap(([column, v]) => (v && v.value === null ? [column] : [])),
    };
  });
  // Kolada is a name, the same in every language.
  const sources = [i.source, i.values.some((v) => v.source === "KOLADA") ? "Kolada" : null].filter((s): s is string => Boolean(s));
  return {
    slug: i.slug,
    name: i.name,
    description: i.description,
    unit: i.unit,
    valueType: i.valueType,
    higherIsBetter: i.higherIsBetter,
    target: i.targetValue === null ? null : { value: i.targetValue, year: i.targetYear },
    rows,
    hasGender: rows.some((r) => r.women !== null || r.men !== null || r.missing.some((c) => c === "women" || c === "men")),
    hasNational: rows.some((r) => r.national !== null || r.missing.includes("national")),
    hasMissing: rows.some((r) => r.missing.length > 0),
    trend: trendOf(
      rows.flatMap((r) => (r.total === null ? [] : [{ year: r.year, value: r.total }])),
      i.higherIsBetter,
    ),
    /** "SCB; Kolada": the stated source, and Kolada when values were imported from it. */
    sources: [...new Map(sources.map((s) => [s.toLowerCase(), s])).values()],
  };
}

export type IndicatorViewData = ReturnType<typeof indicatorView>;
