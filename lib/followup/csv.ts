import { toCsv } from "@/lib/open-data/csv";
import type { Translate } from "@/lib/i18n/message";
import type { FollowUpReport } from "./report";

const columnKeys = [
  "type",
  "document",
  "area",
  "code",
  "title",
  "status",
  "progress",
  "reason",
  "comment",
  "responsible",
  "responsiblePerson",
  "reportedOn",
] as const;

/** The report as one table in the reader's language: a row per action (status, progress, comment…) and per goal (assessment, analysis), in report order. */
export function reportCsv(t: Translate, report: FollowUpReport): string {
  const c = Object.fromEntries(columnKeys.map((k) => [k, t(`followUp.report.csvColumns.${k}`)])) as Record<(typeof columnKeys)[number], string>;
  const rows = report.documents.flatMap((doc) =>
    doc.areas.flatMap((area) => {
      const place = { [c.document]: doc.title, [c.area]: [area.number, area.title].filter(Boolean).join(". ") };
      return [
        ...area.goals.map((g) => ({
          ...place,
          [c.type]: t("followUp.report.csvTypes.goal"),
          [c.code]: g.code,
          [c.title]: g.title,
          [c.status]: t(`followUp.assessment.${g.assessment?.assessment ?? "MISSING"}`),
          [c.comment]: g.assessment?.analysis,
        })),
        ...area.actions.map((x) => ({
          ...place,
          [c.type]: t("followUp.report.csvTypes.action"),
          [c.code]: x.code,
          [c.title]: x.title,
          [c.status]: t(`followUp.actionStatus.${x.followUp?.status ?? "MISSING"}`),
          [c.progress]: x.followUp?.progress,
          [c.reason]: x.followUp?.reason,
          [c.comment]: x.followUp?.comment,
          [c.responsible]: x.responsible,
          [c.responsiblePerson]: x.followUp?.responsiblePerson,
          [c.reportedOn]: x.followUp?.reportedOn,
        })),
      ];
    }),
  );
  return toCsv(
    columnKeys.map((k) => c[k]),
    rows,
  );
}
