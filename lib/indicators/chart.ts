import type { IndicatorRow } from "./series";

export type SeriesKey = "total" | "women" | "men" | "national";
const seriesKeys: readonly SeriesKey[] = ["total", "women", "men", "national"];

export const CHART = { width: 640, height: 300, left: 56, right: 24, top: 20, bottom: 40 } as const;

/** Round tick values: steps of 1, 2, 2.5 or 5 times a power of ten, about `count` of them. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (high <= low) high = low + 1;
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = Math.floor(low / step) * step; t <= high + step * 1e-9; t += step) ticks.push(Number(t.toFixed(10)));
  if (ticks.at(-1)! < high) ticks.push(Number((ticks.at(-1)! + step).toFixed(10)));
  return ticks;
}

type ChartPoint = { x: number; y: number; year: number; value: number };
type ChartLayout = {
  xTicks: { x: number; year: number }[];
  yTicks: { y: number; value: number }[];
  series: { key: SeriesKey; points: ChartPoint[]; path: string }[];
  target: { y: number; x: number | null; value: number; year: number | null } | null;
  plot: { left: number; right: number; top: number; bottom: number };
};

/**
 * Where everything of an indicator's chart goes, in SVG units: years along the x axis (through the
 * target year, so the distance to the target shows), values up the y axis from 0 (or below, for
 * negative values) so that differences are never exaggerated, a path per series with values.
 */
export function chartLayout(rows: IndicatorRow[], target: { value: number; year: number | null } | null, percent: boolean): ChartLayout {
  const plot = { left: CHART.left, right: CHART.width - CHART.right, top: CHART.top, bottom: CHART.height - CHART.bottom };
  const years = rows.map((r) => r.year).concat(target?.year ? [target.year] : []);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const values = rows.flatMap((r) => seriesKeys.map((k) => r[k]).filter((v): v is number => v !== null)).concat(target ? [target.value] : []);
  const low = Math.min(0, ...values);
  let high = Math.max(...values, low + 1);
  if (percent) high = Math.min(100, high);
  const yTickValues = niceTicks(low, high);
  const [yLow, yHigh] = [yTickValues[0]!, yTickValues.at(-1)!];

  const xOf = (year: number) =>
    lastYear === firstYear ? (plot.left + plot.right) / 2 : plot.left + ((year - firstYear) / (lastYear - firstYear)) * (plot.right - plot.left);
  const yOf = (value: number) => plot.bottom - ((value - yLow) / (yHigh - yLow)) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 10) / 10;

  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  const xTicks = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) xTicks.push({ x: round(xOf(year)), year });

  const series = seriesKeys
    .map((key) => {
      const points = rows.flatMap((r) => (r[key] === null ? [] : [{ x: round(xOf(r.year)), y: round(yOf(r[key])), year: r.year, value: r[key] }]));
      return { key, points, path: points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ") };
    })
    .filter((s) => s.points.length > 0);

  return {
    xTicks,
    yTicks: yTickValues.map((value) => ({ y: round(yOf(value)), value })),
    series,
    target: target ? { y: round(yOf(target.value)), x: target.year ? round(xOf(target.year)) : null, value: target.value, year: target.year } : null,
    plot,
  };
}
