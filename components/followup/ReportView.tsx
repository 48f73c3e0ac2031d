import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { useT } from "@/lib/i18n/use-t";
import { paths } from "@/lib/paths";
import { useFormatter, useLocale } from "next-intl";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { LocalizedField, withSwedish } from "@/components/Localized";
import { assessmentKeys, statusKeys } from "@/lib/followup/progress";
import type { FollowUpReport } from "@/lib/followup/report";
import { ActionFollowUpTable, GoalAssessmentTable } from "./FollowUpTables";
import { PrintButton } from "./PrintButton";
import { ProgressSummary } from "./ProgressSummary";
import { ActionStatusMark, AssessmentMark, StatusLegend } from "./StatusMark";

function CountTable({ caption, rows }: { caption: string; rows: { key: string; mark: ReactNode; count: number }[] }) {
  return (
    <table className="border-collapse text-left">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-6 font-normal">
              {r.mark}
            </th>
            <td className="py-1 text-right tabular-nums" data-count={r.key}>
              {r.count}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A published period's follow-up report: summary figures, then per document, area and goal. Prints as a clean brief. */
export function ReportView({ report }: { report: FollowUpReport }) {
  const t = useT();
  const format = useFormatter();
  const locale = useLocale();
  const date = (iso: string) => format.dateTime(new Date(iso), "date");
  const { municipality: m, period, summary } = report;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.municipality(m.slug), label: m.name },
          { href: paths.followUps(m.slug), label: t("followUp.report.index") },
        ]}
        current={<span lang="sv">{period.title}</span>}
      />
      <PageHeader
        kicker={m.name}
        title={withSwedish(t, "followUp.report.title", {}, { period: period.title })}
        lead={`${date(period.startsOn)} – ${date(period.endsOn)}`}
      >
        {period.publishedAt ? <p className="mt-2 text-slate-700">{t("followUp.report.published", { date: date(period.publishedAt) })}</p> : null}
        <p className="no-print mt-3 flex flex-wrap items-center gap-4">
          <Link href={paths.followUpReportCsv(m.slug, period.slug)} className="link" prefetch={false}>
            {t("followUp.report.csv")}
          </Link>
          <PrintButton label={t("followUp.brief.print")} />
        </p>
      </PageHeader>
      <section aria-labelledby="sammanfattning">
        <h2 id="sammanfattning">{t("followUp.report.summary")}</h2>
        <ProgressSummary progress={summary.progress} period={period.title} />
        <div className="mt-4 flex flex-wrap gap-x-12 gap-y-4">
          <CountTable
            caption={t("followUp.report.actionsPerStatus")}
            rows={statusKeys.map((k) => ({ key: k, mark: <ActionStatusMark status={k} />, count: summary.progress.counts[k] }))}
          />
          <CountTable
            caption={t("followUp.report.goalsPerAssessment")}
            rows={assessmentKeys.map((k) => ({ key: k, mark: <AssessmentMark assessment={k} />, count: summary.assessments[k] }))}
          />
        </div>
        <StatusLegend />
      </section>
      {report.documents.map((source) => {
        const doc = levelLabelsIn(t, locale, source);
        return (
          <section key={doc.slug} aria-labelledby={`dokument-${doc.slug}`}>
            <h2 id={`dokument-${doc.slug}`}>
              <LocalizedField record={doc} field="title" note={false} />
            </h2>
            {doc.areas.map((area) => (
              <div key={area.slug} className="mt-6 space-y-4">
                <h3>
                  {numbered(doc.areaLabel, area.number)}: <LocalizedField record={area} field="title" note={false} />
                </h3>
                {area.progress ? <ProgressSummary progress={area.progress} compact /> : null}
                {area.goals.length > 0 ? (
                  <GoalAssessmentTable
                    caption={doc.goalLabelPlural}
                    label={doc.goalLabel}
                    rows={area.goals.map((g) => ({ ...g, title: <LocalizedField record={g} field="title" note={false} /> }))}
                  />
                ) : null}
                {area.actions.length > 0 ? (
                  <ActionFollowUpTable
                    caption={doc.actionLabelPlural}
                    label={doc.actionLabel}
                    rows={area.actions.map((x) => ({ ...x, title: <LocalizedField record={x} field="title" note={false} /> }))}
                  />
                ) : null}
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
