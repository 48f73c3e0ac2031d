import { useT } from "@/lib/i18n/use-t";
import type { GoalFollowUpData } from "@/lib/followup/queries";
import { AssessmentHistory } from "./AssessmentHistory";
import { ChangesForm } from "./ChangesForm";
import { IndicatorFigure } from "./IndicatorFigure";
import { StatusLegend } from "./StatusMark";

type Props = { followUp: GoalFollowUpData; place: { m: string; d: string; g: string } };

/**
 * The detail under a goal's status summary (which shows how far the actions serving it have come): its
 * assessment over time, what changed since a chosen date, and its indicators against target.
 */
export function GoalFollowUpSection({ followUp, place: { m, d, g } }: Props) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="uppfoljning">
        <h2 id="uppfoljning">{t("followUp.title")}</h2>
        {followUp.assessments.length > 0 ? (
          <div className="mt-4">
            <AssessmentHistory assessments={followUp.assessments} />
            <StatusLegend kind="assessment" />
          </div>
        ) : null}
        <div className="no-print">
          <h3>{t("followUp.changes.heading")}</h3>
          <ChangesForm goal={{ m, d, g }} latest={followUp.latest} />
        </div>
      </section>
      {followUp.indicators.length > 0 ? (
        <section aria-labelledby="indikatorer">
          <h2 id="indikatorer">{t("indicators.heading")}</h2>
          <div className="space-y-6">
            {followUp.indicators.map((i) => (
              <IndicatorFigure key={i.slug} indicator={i} />
            ))}
          </div>
          <p className="mt-2 text-sm text-slate-700">{t("indicators.trendRule")}</p>
        </section>
      ) : null}
    </>
  );
}
