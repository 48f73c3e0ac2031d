import type { IndicatorValueType } from "@/lib/generated/prisma/enums";

const formats = {
  PERCENT: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 }),
  INTEGER: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }),
  DECIMAL: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }),
} satisfies Record<IndicatorValueType, Intl.NumberFormat>;

/** "12,3 %", "1 234", "4,56": a value as Swedish readers write it. */
export function formatValue(value: number, type: IndicatorValueType): string {
  const text = formats[type].format(value);
  return type === "PERCENT" ? `${text} %` : text;
}
