import { toCsv } from "@/lib/open-data/csv";
import { sv } from "@/lib/i18n/sv";
import type { FollowUpReport } from "./report";

const c = sv.followUp.report.csvColumns;
const columns = [c.type, c.document, c.area, c.code, c.title, c.status, c.progress, c.reason, c.comment, c.responsible, c.responsiblePerson, c.reportedOn];

/** The report as one table: a row per action (status, progress, comment…) and per goal (assessment, analysis), in report order. */
export function reportCsv(report: FollowUpReport): string {
  const rows = report.documents.flatMap((doc) =>
    doc.areas.flatMap((area) => {
      const place = { [c.document]: doc.title, [c.area]: [area.number, area.title].filter(Boolean).join(". ") };
      return [
        ...area.goals.map((g) => ({
          ...place,
          [c.type]: sv.followUp.report.csvTypes.goal,
          [c.code]: g.code,
          [c.title]: g.title,
          [c.status]: sv.followUp.assessment[g.assessment?.assessment ?? "MISSING"],
          [c.comment]: g.assessment?.analysis,
        })),
        ...area.actions.map((x) => ({
          ...place,
          [c.type]: sv.followUp.report.csvTypes.action,
          [c.code]: x.code,
          [c.title]: x.title,
          [c.status]: sv.followUp.actionStatus[x.followUp?.status ?? "MISSING"],
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
  return toCsv(columns, rows);
}
