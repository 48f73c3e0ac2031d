import Link from "next/link";
import { sv } from "@/lib/i18n/sv";
import { paths } from "@/lib/paths";
import type { GoalFollowUpData } from "@/lib/followup/queries";
import { AssessmentHistory } from "./AssessmentHistory";
import { ChangesForm } from "./ChangesForm";
import { FollowUpNote } from "./FollowUpNote";
import { IndicatorFigure } from "./IndicatorFigure";
import { ProgressSummary } from "./ProgressSummary";
import { StatusLegend } from "./StatusMark";

type Props = { followUp: GoalFollowUpData; place: { m: string; d: string; g: string }; responsible: string[] };

/**
 * "How are we doing?" on a goal's page: when it was last followed up, its assessment over time, how far
 * the actions serving it have come, its indicators against target, who is responsible, and links to
 * what changed since a chosen date and to a printable brief.
 */
export function GoalFollowUpSection({ followUp, place: { m, d, g }, responsible }: Props) {
  const f = sv.followUp;
  return (
    <>
      <section aria-labelledby="uppfoljning">
        <h2 id="uppfoljning">{f.title}</h2>
        <FollowUpNote state={followUp} />
        {followUp.assessments.length > 0 ? (
          <div className="mt-4">
            <AssessmentHistory assessments={followUp.assessments} />
            <StatusLegend kind="assessment" />
          </div>
        ) : null}
        {followUp.progress && followUp.latest && followUp.progress.total > 0 ? (
          <div className="mt-4">
            <h3>{f.progressHeading}</h3>
            <ProgressSummary progress={followUp.progress} period={followUp.latest.title} />
            <StatusLegend />
          </div>
        ) : null}
        <p className="no-print mt-4">
          <Link href={paths.goalBrief(m, d, g)} className="link">
            {f.brief.link}
          </Link>
        </p>
        <div className="no-print">
          <h3>{f.changes.heading}</h3>
          <ChangesForm action={paths.goalChanges(m, d, g)} />
        </div>
      </section>
      {followUp.indicators.length > 0 ? (
        <section aria-labelledby="indikatorer">
          <h2 id="indikatorer">{sv.indicators.heading}</h2>
          <div className="space-y-6">
            {followUp.indicators.map((i) => (
              <IndicatorFigure key={i.slug} indicator={i} />
            ))}
          </div>
          <p className="mt-2 text-sm text-slate-700">{sv.indicators.trendRule}</p>
        </section>
      ) : null}
      {responsible.length > 0 ? (
        <section aria-labelledby="ansvariga">
          <h2 id="ansvariga">{f.responsibleBodies}</h2>
          <ul className="list-disc pl-6">
            {responsible.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
