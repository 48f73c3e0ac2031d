import { useLocale } from "next-intl";
import { PageHeader } from "@/components/PageHeader";
import { LocalizedField } from "@/components/Localized";
import { useT } from "@/lib/i18n/use-t";
import { levelLabelsIn, numbered } from "@/lib/labels";
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

/** Kicker: brief · municipality · document; title: the item's level and number, then its title. */
function BriefHeader({
  doc,
  label,
  item,
}: {
  doc: { title: string; translations?: unknown; municipality: { name: string } };
  label: string;
  item: { title: string; translations?: unknown };
}) {
  const t = useT();
  return (
    <PageHeader
      kicker={
        <>
          {t("followUp.brief.kicker")} · {doc.municipality.name} · <LocalizedField record={doc} field="title" note={false} />
        </>
      }
      title={
        <>
          {label}: <LocalizedField record={item} field="title" />
        </>
      }
    >
      <p className="no-print mt-3">
        <PrintButton label={t("followUp.brief.print")} />
      </p>
    </PageHeader>
  );
}

/** One goal on paper for a meeting: the goal, its assessment over time, its indicators, and every action serving it with its latest status. */
export function GoalBrief({ goal: g, followUp }: { goal: GoalPageData; followUp: GoalFollowUpData }) {
  const t = useT();
  const locale = useLocale();
  const doc = levelLabelsIn(t, locale, g.document);
  return (
    <article className="space-y-6">
      <BriefHeader doc={doc} label={numbered(doc.goalLabel, g.code)} item={g} />
      <LocalizedField record={g} field="text" markdown as="div" />
      <FollowUpNote state={followUp} />
      <AssessmentHistory assessments={followUp.assessments} />
      {followUp.progress && followUp.latest ? <ProgressSummary progress={followUp.progress} period={followUp.latest.title} /> : null}
      {g.actions.length > 0 ? (
        <ActionFollowUpTable
          caption={t("words.servedBy")}
          label={doc.actionLabel}
          rows={g.actions.map(({ action: a }) => {
            const latest = followUp.actions[actionKey(a.document.slug, a.slug)];
            return {
              // In Finnish and English every document's action level has the catalogue's one name.
              code: numbered(locale === "sv" ? a.document.actionLabel : doc.actionLabel, [a.area.number, a.number].filter(Boolean).join(".")),
              title: <LocalizedField record={a} field="title" note={false} />,
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
  const locale = useLocale();
  const doc = levelLabelsIn(t, locale, a.document);
  return (
    <article className="space-y-6">
      <BriefHeader doc={doc} label={numbered(doc.areaLabel, a.number)} item={a} />
      {progress ? (
        <>
          <ProgressSummary progress={progress.progress} period={progress.period.title} />
          {a.goals.length > 0 ? (
            <GoalAssessmentTable
              caption={doc.goalLabelPlural}
              period={progress.period.title}
              label={doc.goalLabel}
              rows={a.goals.map((g) => ({
                code: g.code,
                title: <LocalizedField record={g} field="title" note={false} />,
                assessment: progress.goals[g.slug] ?? null,
              }))}
            />
          ) : null}
          {a.actions.length > 0 ? (
            <ActionFollowUpTable
              caption={doc.actionLabelPlural}
              period={progress.period.title}
              label={doc.actionLabel}
              rows={a.actions.map((x) => ({
                code: [a.number, x.number].filter(Boolean).join("."),
                title: <LocalizedField record={x} field="title" note={false} />,
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
