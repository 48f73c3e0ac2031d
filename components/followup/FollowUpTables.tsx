import type { ReactNode } from "react";
import { Markdown } from "@/components/Markdown";
import { ScrollTable } from "@/components/ScrollTable";
import { useT } from "@/lib/i18n/use-t";
import type { ActionStatus, GoalAssessmentValue } from "@/lib/generated/prisma/enums";
import type { Progress } from "@/lib/followup/progress";
import { ProgressSummary } from "./ProgressSummary";
import { ActionStatusMark, AssessmentMark } from "./StatusMark";

type ActionRow = {
  code: string;
  /** May be a municipality's text marked with its language (components/Localized.tsx). */
  title: ReactNode;
  responsible: string[];
  followUp: { status: ActionStatus; progress: number | null; comment: string; reason?: string | null } | null;
};

type GoalRow = { code: string; title: ReactNode; assessment: { assessment: GoalAssessmentValue; analysis: string } | null; progress?: Progress | null };

const td = "py-2 pr-3 align-top";

/** The frame of a follow-up table: caption, column headings, and one row per item. */
type Caption = {
  caption: string;
  /** The period's title, a municipality's Swedish text: in the caption, marked, and not in the table's name. */
  period?: string;
};

function Table({ caption, period, headings, children }: Caption & { headings: string[]; children: ReactNode }) {
  return (
    <ScrollTable label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left text-base font-semibold">
          <span className="across">
            {caption}
            {period ? (
              <>
                {" – "}
                <span lang="sv">{period}</span>
              </>
            ) : null}
          </span>
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {headings.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap py-2 pr-3 align-bottom">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}

const rowClass = "break-inside-avoid border-b border-slate-200";

function ItemCell({ code, title }: { code: string; title: ReactNode }) {
  return (
    <th scope="row" className={`${td} font-normal`}>
      <span className="font-semibold">{code}</span> {title}
    </th>
  );
}

/** Actions with their status, progress and comment in one period (report and area brief). */
export function ActionFollowUpTable({ caption, period, label, rows }: Caption & { label: string; rows: ActionRow[] }) {
  const t = useT();
  return (
    <Table caption={caption} period={period} headings={[label, t("followUp.status"), t("followUp.progress"), t("followUp.comment"), t("words.responsible")]}>
      {rows.map((r) => (
        <tr key={r.code} className={rowClass}>
          <ItemCell code={r.code} title={r.title} />
          <td className={td}>
            <ActionStatusMark status={r.followUp?.status ?? null} />
          </td>
          <td className={td}>{r.followUp?.progress != null ? t("followUp.percent", { n: r.followUp.progress }) : "–"}</td>
          <td className={td}>
            {r.followUp?.reason ? (
              <p>
                <strong>{t("followUp.reason")}:</strong> <span lang="sv">{r.followUp.reason}</span>
              </p>
            ) : null}
            {r.followUp?.comment ? <Markdown source={r.followUp.comment} lang="sv" /> : null}
          </td>
          <td className={td}>{r.responsible.join(", ")}</td>
        </tr>
      ))}
    </Table>
  );
}

/** Goals with their assessment and analysis in one period, and how far the actions serving them have come. */
export function GoalAssessmentTable({ caption, period, label, rows }: Caption & { label: string; rows: GoalRow[] }) {
  const t = useT();
  const withProgress = rows.some((r) => r.progress);
  return (
    <Table
      caption={caption}
      period={period}
      headings={[label, t("followUp.assessmentLabel"), t("followUp.analysis"), ...(withProgress ? [t("words.servedBy")] : [])]}
    >
      {rows.map((r) => (
        <tr key={r.code} className={rowClass}>
          <ItemCell code={r.code} title={r.title} />
          <td className={td}>
            <AssessmentMark assessment={r.assessment?.assessment ?? null} />
          </td>
          <td className={td}>{r.assessment?.analysis ? <Markdown source={r.assessment.analysis} lang="sv" /> : null}</td>
          {withProgress ? <td className={td}>{r.progress ? <ProgressSummary progress={r.progress} compact /> : "–"}</td> : null}
        </tr>
      ))}
    </Table>
  );
}
