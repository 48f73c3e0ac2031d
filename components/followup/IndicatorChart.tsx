import { useId } from "react";
import { useLocale } from "next-intl";
import { withSwedish } from "@/components/Localized";
import { useT } from "@/lib/i18n/use-t";
import type { MessageKey } from "@/lib/i18n/message";
import { CHART, chartLayout, type SeriesKey } from "@/lib/indicators/chart";
import { formatValue } from "@/lib/indicators/format";
import type { IndicatorViewData } from "@/lib/indicators/series";

/** Each series has its own line pattern and marker shape, so none depends on colour. */
export const seriesStyle: Record<SeriesKey, { color: string; dash?: string; marker: "circle" | "triangle" | "square" | "diamond"; label: MessageKey }> = {
  total: { color: "#115e59", marker: "circle", label: "indicators.gender.TOTAL" },
  women: { color: "#86198f", dash: "8 4", marker: "triangle", label: "indicators.gender.WOMEN" },
  men: { color: "#1d4ed8", dash: "2 4", marker: "square", label: "indicators.gender.MEN" },
  national: { color: "#57534e", dash: "10 4 2 4", marker: "diamond", label: "indicators.national" },
};
const TARGET_COLOR = "#b91c1c";

export function Marker({ shape, x, y, color }: { shape: (typeof seriesStyle)[SeriesKey]["marker"]; x: number; y: number; color: string }) {
  const r = 4.5;
  if (shape === "circle") return <circle cx={x} cy={y} r={r} fill={color} />;
  if (shape === "square") return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={color} />;
  if (shape === "triangle") return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`} fill={color} />;
  return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`} fill={color} />;
}

/**
 * An indicator as a line chart, drawn on the server as SVG: the municipality's values (in total and by
 * gender where there are any), the national comparison, and the target as a dashed line. The table
 * beside it carries the same numbers for those who do not see the chart.
 */
export function IndicatorChart({ indicator }: { indicator: IndicatorViewData }) {
  const t = useT();
  const locale = useLocale();
  const layout = chartLayout(indicator.rows, indicator.target, indicator.valueType === "PERCENT");
  const { plot } = layout;
  const format = (value: number) => formatValue(value, indicator.valueType, locale);
  const labelId = useId();
  return (
    <>
      {/* Named by an element rather than aria-label, so that the indicator's Swedish name can be marked lang="sv". */}
      <span id={labelId} hidden>
        {withSwedish(t, "indicators.chartLabel", {}, { name: indicator.name })}
      </span>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={labelId} className="h-auto w-full" data-chart={indicator.slug}>
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="#cbd5e1" strokeWidth={1} />
            <text x={plot.left - 8} y={t.y + 4} textAnchor="end" fontSize={12} fill="#334155">
              {format(t.value)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#475569" strokeWidth={1} />
        {layout.xTicks.map((t) => (
          <text key={t.year} x={t.x} y={plot.bottom + 20} textAnchor="middle" fontSize={12} fill="#334155">
            {t.year}
          </text>
        ))}
        {layout.target ? (
          <g data-series="target">
            <line x1={plot.left} x2={plot.right} y1={layout.target.y} y2={layout.target.y} stroke={TARGET_COLOR} strokeWidth={2} strokeDasharray="6 6" />
            <text x={plot.right} y={layout.target.y - 6} textAnchor="end" fontSize={12} fontWeight={600} fill={TARGET_COLOR}>
              {layout.target.year
                ? t("indicators.targetLine", { value: format(layout.target.value), year: layout.target.year })
                : t("indicators.targetLineNoYear", { value: format(layout.target.value) })}
            </text>
            {layout.target.x !== null ? <circle cx={layout.target.x} cy={layout.target.y} r={6} fill="white" stroke={TARGET_COLOR} strokeWidth={2} /> : null}
          </g>
        ) : null}
        {layout.series.map((s) => {
          const style = seriesStyle[s.key];
          return (
            <g key={s.key} data-series={s.key}>
              <path d={s.path} fill="none" stroke={style.color} strokeWidth={s.key === "total" ? 3 : 2} strokeDasharray={style.dash} />
              {s.points.map((p) => (
                <Marker key={p.year} shape={style.marker} x={p.x} y={p.y} color={style.color} />
              ))}
            </g>
          );
        })}
      </svg>
    </>
  );
}
