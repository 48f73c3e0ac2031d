import type { IndicatorValueType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

const digits = { PERCENT: 1, INTEGER: 0, DECIMAL: 2 } satisfies Record<IndicatorValueType, number>;
const formats = new Map<string, Intl.NumberFormat>();

/** "12,3 %", "1 234", "4,56" in Swedish; "12.3%", "1,234", "4.56" in English: a value as the reader's language writes it. */
export function formatValue(value: number, type: IndicatorValueType, locale: Locale): string {
  const key = `${locale}/${type}`;
  let format = formats.get(key);
  if (!format) {
    const unit = type === "PERCENT" ? ({ style: "unit", unit: "percent" } as const) : {};
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits[type], ...unit });
    formats.set(key, format);
  }
  return format.format(value);
}
