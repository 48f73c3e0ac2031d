import { Markdown } from "@/components/Markdown";
import { useLocale } from "next-intl";
import { useT } from "@/lib/i18n/use-t";
import { withSwedish } from "@/components/Localized";
import { formatValue } from "@/lib/indicators/format";
import type { IndicatorViewData } from "@/lib/indicators/series";
import type { SeriesKey } from "@/lib/indicators/chart";
import { IndicatorChart, Marker, seriesStyle } from "./IndicatorChart";

const trendSymbol = { up: "↑", down: "↓", flat: "→" } as const;

/** Better / worse / unchanged since the previous value, as a word and an arrow (the arrow shows the direction of the value). */
function TrendMark({ indicator }: { indicator: IndicatorViewData }) {
  const t = useT();
  const locale = useLocale();
  const { trend } = indicator;
  if (!trend) return null;
  const format = (value: number) => formatValue(value, indicator.valueType, locale);
  return (
    <p className="font-semibold" data-trend={trend.judgement}>
      <span aria-hidden="true">{trendSymbol[trend.direction]} </span>
      {t("indicators.trendComparison", {
        trend: t(`indicators.trend.${trend.judgement}`),
        to: format(trend.to.value),
        toYear: String(trend.to.year),
        from: format(trend.from.value),
        fromYear: String(trend.from.year),
      })}
    </p>
  );
}

function Legend({ keys, target }: { keys: SeriesKey[]; target: boolean }) {
  const t = useT();
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {keys.map((k) => (
        <li key={k} className="flex items-center gap-1">
          <svg width="36" height="12" aria-hidden="true">
            <line x1="2" x2="34" y1="6" y2="6" stroke={seriesStyle[k].color} strokeWidth="2" strokeDasharray={seriesStyle[k].dash} />
            <Marker shape={seriesStyle[k].marker} x={18} y={6} color={seriesStyle[k].color} />
          </svg>
          {t(seriesStyle[k].label)}
        </li>
      ))}
      {target ? (
        <li className="flex items-center gap-1">
          <svg width="36" height="12" aria-hidden="true">
            <line x1="2" x2="34" y1="6" y2="6" stroke="#b91c1c" strokeWidth="2" strokeDasharray="6 6" />
          </svg>
          {t("indicators.target")}
        </li>
      ) : null}
    </ul>
  );
}

/** One indicator on a goal page or brief: its chart and, beside it, the same numbers and the target as a table. */
export function IndicatorFigure({ indicator: i, headingLevel = 3 }: { indicator: IndicatorViewData; headingLevel?: 3 | 4 }) {
  const t = useT();
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const format = (value: number | null) => (value === null ? "–" : formatValue(value, i.valueType, locale));
  const columns = (["total", "women", "men", "national"] as const).filter((k) => k === "total" || (k === "national" ? i.hasNational : i.hasGender));
  return (
    <div className="card break-inside-avoid" data-indicator={i.slug}>
      <Heading className="mt-0 text-lg font-semibold" lang="sv">
        {i.name}
      </Heading>
      <p className="text-sm text-slate-700">
        <span lang="sv">{i.unit}</span> · {i.higherIsBetter ? t("indicators.higherIsBetter") : t("indicators.lowerIsBetter")}
      </p>
      {i.description ? <Markdown source={i.description} className="text-sm" lang="sv" /> : null}
      {i.rows.length === 0 ? (
        <p>{t("indicators.noValues")}</p>
      ) : (
        <>
          <TrendMark indicator={i} />
          <div className="mt-2 grid gap-4 lg:grid-cols-[3fr_2fr]">
            <div>
              <IndicatorChart indicator={i} />
              <Legend keys={columns} target={i.target !== null} />
            </div>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-right text-sm">
                <caption className="mb-1 text-left font-semibold">{withSwedish(t, "indicators.tableCaption", {}, { name: i.name })}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-1 pr-2 text-left">
                      {t("indicators.year")}
                    </th>
                    {columns.map((k) => (
                      <th key={k} scope="col" className="py-1 pl-2">
                        {t(seriesStyle[k].label)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {i.rows.map((r) => (
                    <tr key={r.year} className="border-b border-slate-200">
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        {r.year}
                      </th>
                      {columns.map((k) => (
                        <td key={k} className="py-1 pl-2" data-missing={r.missing.includes(k) || undefined}>
                          {r.missing.includes(k) ? t("indicators.missingValue") : format(r[k])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                {i.target ? (
                  <tfoot>
                    <tr className="border-t-2 border-slate-300">
                      <th scope="row" className="py-1 pr-2 text-left">
                        {i.target.year ? t("indicators.targetYear", { year: String(i.target.year) }) : t("indicators.target")}
                      </th>
                      <td className="py-1 pl-2 font-semibold">{format(i.target.value)}</td>
                      {columns.slice(1).map((k) => (
                        <td key={k} />
                      ))}
                    </tr>
                  </tfoot>
                ) : null}
              </table>
              {i.hasMissing ? <p className="mt-1 text-sm text-slate-700">{t("indicators.missingNote")}</p> : null}
            </div>
          </div>
        </>
      )}
      {i.sources.length > 0 ? <p className="mt-2 text-sm text-slate-700">{t("indicators.source", { source: i.sources.join("; ") })}</p> : null}
    </div>
  );
}
