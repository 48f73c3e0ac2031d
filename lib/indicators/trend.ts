type TrendPoint = { year: number; value: number };
type Trend = {
  /** How the value moved. */
  direction: "up" | "down" | "flat";
  /** Whether that is good, given whether higher is better. */
  judgement: "better" | "worse" | "unchanged";
  from: TrendPoint;
  to: TrendPoint;
};

/** Values compare as shown: rounded to one decimal. */
const shown = (value: number) => Math.round(value * 10);

/**
 * The trend rule (docs/decisions/031-trend-rule.md): the latest value against the one before it, in
 * time; unchanged when they are equal rounded to one decimal; better or worse by the indicator's
 * direction. Null with fewer than two values.
 */
export function trendOf(points: TrendPoint[], higherIsBetter: boolean): Trend | null {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  if (sorted.length < 2) return null;
  const from = sorted.at(-2)!;
  const to = sorted.at(-1)!;
  const delta = shown(to.value) - shown(from.value);
  const direction = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
  const judgement = direction === "flat" ? "unchanged" : (direction === "up") === higherIsBetter ? "better" : "worse";
  return { direction, judgement, from, to };
}
