import { Markdown } from "@/components/Markdown";
import { ScrollTable } from "@/components/ScrollTable";
import { useT } from "@/lib/i18n/use-t";
import type { GoalFollowUpData } from "@/lib/followup/queries";
import { AssessmentMark } from "./StatusMark";

/** A goal's assessment period by period, newest first, with the analysis behind each. */
export function AssessmentHistory({ assessments }: { assessments: GoalFollowUpData["assessments"] }) {
  const t = useT();
  if (assessments.length === 0) return null;
  return (
    <ScrollTable label={t("followUp.assessmentHistory")}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">
          <span className="across">{t("followUp.assessmentHistory")}</span>
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("followUp.period")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("followUp.assessmentLabel")}
            </th>
            <th scope="col" className="py-2">
              {t("followUp.analysis")}
            </th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.period.slug} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal" lang="sv">
                {a.period.title}
              </th>
              <td className="py-2 pr-4">
                <AssessmentMark assessment={a.assessment} />
              </td>
              <td className="py-2">{a.analysis ? <Markdown source={a.analysis} lang="sv" /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
