import { Markdown } from "@/components/Markdown";
import { PageHeader } from "@/components/PageHeader";
import { useT } from "@/lib/i18n/use-t";
import { numbered } from "@/lib/labels";
import type { AreaPageData } from "@/lib/areas/queries";
import type { GoalPageData } from "@/lib/goals/queries";
import { actionKey, type AreaProgressData, type GoalFollowUpData } from "@/lib/followup/queries";
import { AssessmentHistory } from "./AssessmentHistory";
import { FollowUpNote } from "./FollowUpNote";
import { ActionFollowUpTable, GoalAssessmentTable } from "./FollowUpTables";
import { IndicatorFigure } from "./IndicatorFigure";
import { PrintButton } from "./PrintButton";
import { ProgressSummary } from "./ProgressSummary";
import { StatusLegend } from "./StatusMark";

function BriefHeader({ kicker, title }: { kicker: string; title: string }) {
  const t = useT();
  return (
    <PageHeader kicker={`${t("followUp.brief.kicker")} · ${kicker}`} title={title}>
      <p className="no-print mt-3">
        <PrintButton label={t("followUp.brief.print")} />
      </p>
    </PageHeader>
  );
}

/** One goal on paper for a meeting: the goal, its assessment over time, its indicators, and every action serving it with its latest status. */
export function GoalBrief({ goal: g, followUp }: { goal: GoalPageData; followUp: GoalFollowUpData }) {
  const t = useT();
  const doc = g.document;
  return (
    <article className="space-y-6">
      <BriefHeader kicker={`${doc.municipality.name} · ${doc.title}`} title={`${numbered(doc.goalLabel, g.code)}: ${g.title}`} />
      {g.text ? <Markdown source={g.text} /> : null}
      <FollowUpNote state={followUp} />
      <AssessmentHistory assessments={followUp.assessments} />
      {followUp.progress && followUp.latest ? <ProgressSummary progress={followUp.progress} period={followUp.latest.title} /> : null}
      {g.actions.length > 0 ? (
        <ActionFollowUpTable
          caption={t("words.servedBy")}
          label={t("levels.action.singular")}
          rows={g.actions.map(({ action: a }) => {
            const latest = followUp.actions[actionKey(a.document.slug, a.slug)];
            return {
              code: numbered(a.document.actionLabel, [a.area.number, a.number].filter(Boolean).join(".")),
              title: a.title,
              responsible: a.organisations.map((o) => o.organisation.name),
              followUp: latest ?? null,
            };
          })}
        />
      ) : null}
      {followUp.indicators.map((i) => (
        <IndicatorFigure key={i.slug} indicator={i} />
      ))}
      <StatusLegend />
      <StatusLegend kind="assessment" />
    </article>
  );
}

/** One area on paper for a meeting: its progress, its goals' assessments and its actions' status and comments in the latest period. */
export function AreaBrief({ area: a, progress }: { area: AreaPageData; progress: AreaProgressData | null }) {
  const t = useT();
  const doc = a.document;
  return (
    <article className="space-y-6">
      <BriefHeader kicker={`${doc.municipality.name} · ${doc.title}`} title={`${numbered(doc.areaLabel, a.number)}: ${a.title}`} />
      {progress ? (
        <>
          <ProgressSummary progress={progress.progress} period={progress.period.title} />
          {a.goals.length > 0 ? (
            <GoalAssessmentTable
              caption={`${doc.goalLabelPlural} – ${progress.period.title}`}
              label={doc.goalLabel}
              rows={a.goals.map((g) => ({ code: g.code, title: g.title, assessment: progress.goals[g.slug] ?? null }))}
            />
          ) : null}
          {a.actions.length > 0 ? (
            <ActionFollowUpTable
              caption={`${doc.actionLabelPlural} – ${progress.period.title}`}
              label={doc.actionLabel}
              rows={a.actions.map((x) => ({
                code: [a.number, x.number].filter(Boolean).join("."),
                title: x.title,
                responsible: progress.actions[x.slug]?.responsible ?? [],
                followUp: progress.actions[x.slug]?.followUp ?? null,
              }))}
            />
          ) : null}
          <StatusLegend />
          <StatusLegend kind="assessment" />
        </>
      ) : (
        <p>{t("followUp.neverFollowedUp")}</p>
      )}
    </article>
  );
}
