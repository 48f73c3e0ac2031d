import type { Gender, IndicatorValueType, ValueSource } from "@/lib/generated/prisma/enums";
import { sv } from "@/lib/i18n/sv";
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
  values: { year: number; gender: Gender; national: boolean; value: number; source: ValueSource }[];
};

/** One year of an indicator: the municipality's values in total and by gender, and the whole country's. */
export type IndicatorRow = { year: number; total: number | null; women: number | null; men: number | null; national: number | null };

/** An indicator as its chart and table show it: rows per year, the target, the trend and where the values come from. */
export function indicatorView(i: IndicatorRecord) {
  const years = [...new Set(i.values.map((v) => v.year))].sort((a, b) => a - b);
  const cell = (year: number, gender: Gender, national: boolean) =>
    i.values.find((v) => v.year === year && v.gender === gender && v.national === national)?.value ?? null;
  const rows: IndicatorRow[] = years.map((year) => ({
    year,
    total: cell(year, "TOTAL", false),
    women: cell(year, "WOMEN", false),
    men: cell(year, "MEN", false),
    national: cell(year, "TOTAL", true),
  }));
  const sources = [i.source, i.values.some((v) => v.source === "KOLADA") ? sv.indicators.kolada : null].filter((s): s is string => Boolean(s));
  return {
    slug: i.slug,
    name: i.name,
    description: i.description,
    unit: i.unit,
    valueType: i.valueType,
    higherIsBetter: i.higherIsBetter,
    target: i.targetValue === null ? null : { value: i.targetValue, year: i.targetYear },
    rows,
    hasGender: rows.some((r) => r.women !== null || r.men !== null),
    hasNational: rows.some((r) => r.national !== null),
    trend: trendOf(rows.flatMap((r) => (r.total === null ? [] : [{ year: r.year, value: r.total }])), i.higherIsBetter),
    /** "Källa: SCB; Kolada": the stated source, and Kolada when values were imported from it. */
    sources: [...new Map(sources.map((s) => [s.toLowerCase(), s])).values()],
  };
}

export type IndicatorViewData = ReturnType<typeof indicatorView>;
