import { useT } from "@/lib/i18n/use-t";
import { withSwedish } from "@/components/Localized";
import { statusKeys, type Progress } from "@/lib/followup/progress";
import { ActionStatusMark } from "./StatusMark";

type Props = { progress: Progress; period?: string; /** Compact: one line, for a list of areas. */ compact?: boolean };

/**
 * Progress of a set of actions by the one rule (lib/followup/progress.ts), shown the same way on area,
 * plan, report and brief: the share done in words and as a bar, the count per status, and the rule.
 */
export function ProgressSummary({ progress, period, compact }: Props) {
  const t = useT();
  const headline =
    progress.share === null
      ? t("followUp.progressNone")
      : `${t("followUp.percent", { n: progress.share })} – ${t("followUp.progressOf", { done: progress.done, counted: progress.counted })}`;
  const counts = statusKeys.filter((k) => progress.counts[k] > 0);
  return (
    <div className={compact ? "text-sm" : "space-y-2"}>
      <p className={compact ? "" : "text-lg"}>
        <strong>{headline}</strong>
        {period ? <span className="text-slate-700"> ({withSwedish(t, "followUp.progressIn", {}, { period })})</span> : null}
      </p>
      <div aria-hidden="true" className="h-3 w-full max-w-md overflow-hidden rounded border border-slate-400 bg-slate-100">
        <div className="h-full bg-teal-700 print:bg-black" style={{ width: `${progress.share ?? 0}%` }} />
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={t("followUp.status")}>
        {counts.map((k) => (
          <li key={k}>
            <ActionStatusMark status={k} /> {progress.counts[k]}
          </li>
        ))}
      </ul>
      {compact ? null : <p className="text-sm text-slate-700">{t("followUp.progressRule")}</p>}
    </div>
  );
}
