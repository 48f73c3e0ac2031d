import { useT } from "@/lib/i18n/use-t";
import type { AssessmentKey, StatusKey } from "@/lib/followup/progress";

type Look = { symbol: string; className: string };

const actionLook: Record<StatusKey, Look> = {
  NOT_STARTED: { symbol: "○", className: "bg-slate-100 text-slate-900" },
  IN_PROGRESS: { symbol: "◐", className: "bg-sky-100 text-sky-950" },
  DONE: { symbol: "✓", className: "bg-green-100 text-green-950" },
  DELAYED: { symbol: "⚠", className: "bg-amber-100 text-amber-950" },
  CANCELLED: { symbol: "✕", className: "bg-rose-100 text-rose-950" },
  NOT_ASSESSABLE: { symbol: "?", className: "bg-violet-100 text-violet-950" },
  MISSING: { symbol: "–", className: "border border-dashed border-slate-600 bg-white text-slate-900" },
};

const assessmentLook: Record<AssessmentKey, Look> = {
  MET: { symbol: "✓", className: "bg-green-100 text-green-950" },
  PARTLY_MET: { symbol: "◐", className: "bg-amber-100 text-amber-950" },
  NOT_MET: { symbol: "✕", className: "bg-rose-100 text-rose-950" },
  NOT_ASSESSED: { symbol: "?", className: "bg-slate-100 text-slate-900" },
  MISSING: { symbol: "–", className: "border border-dashed border-slate-600 bg-white text-slate-900" },
};

const markClass = "inline-flex items-baseline gap-1 whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold print:border print:border-black";

function Mark({ look, word }: { look: Look; word: string }) {
  return (
    <span className={`${markClass} ${look.className}`}>
      <span aria-hidden="true">{look.symbol}</span>
      {word}
    </span>
  );
}

/** An action's status in a period: always a word and a symbol, never colour alone. */
export function ActionStatusMark({ status }: { status: StatusKey | null }) {
  const t = useT();
  const key = status ?? "MISSING";
  return <Mark look={actionLook[key]} word={t(`followUp.actionStatus.${key}`)} />;
}

/** A goal's assessment in a period: a word and a symbol. */
export function AssessmentMark({ assessment }: { assessment: AssessmentKey | null }) {
  const t = useT();
  const key = assessment ?? "MISSING";
  return <Mark look={assessmentLook[key]} word={t(`followUp.assessment.${key}`)} />;
}

/** What each mark means, next to where marks are shown. */
export function StatusLegend({ kind = "action" }: { kind?: "action" | "assessment" }) {
  const t = useT();
  const entries =
    kind === "action"
      ? (Object.keys(actionLook) as StatusKey[]).map((k) => ({
          key: k,
          mark: <ActionStatusMark status={k} />,
          meaning: t(`followUp.actionStatusMeaning.${k}`),
        }))
      : (Object.keys(assessmentLook) as AssessmentKey[]).map((k) => ({ key: k, mark: <AssessmentMark assessment={k} />, meaning: null }));
  return (
    <div className="mt-4 text-sm">
      <h3 className="mt-0 mb-1 text-sm font-semibold">{t("followUp.legend")}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {entries.map((e) => (
          <li key={e.key}>
            {e.mark}
            {e.meaning ? <span className="text-slate-700"> {e.meaning}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An action's latest published status in a list, with the period it is from. */
export function LatestStatus({ latest }: { latest: { status: StatusKey; period: { title: string } } | null | undefined }) {
  return (
    <p className="mt-1">
      <ActionStatusMark status={latest?.status ?? null} />{" "}
      {latest ? (
        <span lang="sv" className="text-sm text-slate-700">
          {latest.period.title}
        </span>
      ) : null}
    </p>
  );
}
