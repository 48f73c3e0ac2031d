import { z } from "@/lib/validation";
import type { Gender, IndicatorValueType } from "@/lib/generated/prisma/enums";
import type { MessageKey, Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";

/** Why a value does not fit an indicator's value type (percent 0–100, integers whole), or null. */
export function valueProblem(type: IndicatorValueType, value: number): MessageKey | null {
  if (!Number.isFinite(value)) return "indicators.validation.number";
  if (type === "PERCENT" && (value < 0 || value > 100)) return "indicators.validation.percent";
  if (type === "INTEGER" && !Number.isInteger(value)) return "indicators.validation.integer";
  return null;
}

/** A value of an indicator of this type, as forms and imports send it. */
export const valueOfType = (type: IndicatorValueType) =>
  z.number({ error: "indicators.validation.number" }).superRefine((value, ctx) => {
    const problem = valueProblem(type, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A year as indicator values and targets are given: four digits. */
const yearError = "indicators.validation.year";
export const valueYear = z.number({ error: yearError }).int(yearError).min(1900, yearError).max(2100, yearError);

/** Kolada's gender letters: T (totalt), K (kvinnor), M (män). */
const genderLetters = { TOTAL: "T", WOMEN: "K", MEN: "M" } as const satisfies Record<Gender, string>;
const genderOfLetter = Object.fromEntries(Object.entries(genderLetters).map(([g, l]) => [l, g])) as Record<string, Gender>;

export type ValueCell = { year: number; gender: Gender; national: boolean };

/**
 * A value's field in an indicator's snapshot: "value 2023/T", "value 2023/riket/K". One field per value,
 * so a revision names exactly the values that changed.
 */
export const valueField = (c: ValueCell) => `value ${c.year}${c.national ? "/riket" : ""}/${genderLetters[c.gender]}`;

/** The cell a snapshot field names, or null for the indicator's other fields. */
export function cellOfField(field: string): ValueCell | null {
  const match = /^value (\d{4})(\/riket)?\/([TKM])$/.exec(field);
  return match ? { year: Number(match[1]), national: Boolean(match[2]), gender: genderOfLetter[match[3]!]! } : null;
}

/** "2023, riket, kvinnor": how a history names a value's field, in the reader's language. */
export function valueFieldLabel(t: Translate, locale: Locale, field: string): string | null {
  const cell = cellOfField(field);
  if (!cell) return null;
  const lower = (key: MessageKey) => t(key).toLocaleLowerCase(locale);
  return [String(cell.year), cell.national ? lower("indicators.national") : null, lower(`indicators.gender.${cell.gender}`)].filter(Boolean).join(", ");
}
