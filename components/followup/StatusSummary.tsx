import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { useFormatter } from "next-intl";
import { useT } from "@/lib/i18n/use-t";
import { withSwedish } from "@/components/Localized";
import type { Translate } from "@/lib/i18n/message";
import type { Progress } from "@/lib/followup/progress";
import type { PeriodRef } from "@/lib/followup/queries";
import type { FollowUpSchedule, NextFollowUp } from "@/lib/followup/schedule";
import { ProgressSummary } from "./ProgressSummary";

function nextText(t: Translate, date: (iso: string) => string, next: NextFollowUp): string {
  switch (next.kind) {
    case "period":
      return t("statusSummary.nextPeriod", { start: date(next.startsOn), end: date(next.endsOn) });
    case "review":
      return t("statusSummary.nextReview", { date: date(next.date) });
    case "validUntil":
      return t("statusSummary.nextValidUntil", { date: date(next.date) });
    case "unknown":
      return t("statusSummary.nextUnknown");
  }
}

export type StatusSummaryProps = {
  /** The latest status (an action) or assessment (a goal) as a mark, with its label and period; or what is missing. */
  status?: { label: string; mark: ReactNode; period: string | null; empty: string; missing?: ReactNode };
  /** Progress of the actions by the one rule (goal, area, plan), or an action's own reported share. */
  progress?: { rule: Progress | null; period: string | null; empty: string } | { reported: number | null };
  last: PeriodRef | null;
  schedule: FollowUpSchedule | null;
  /** Bodies answering for the actions (named once, not on every card), and what to call them. */
  bodies?: string[];
  bodiesLabel?: string;
  contact?: string | null;
  indicators: { count: number; href: string } | "on-goals";
  brief?: { href: string; label: ReactNode } | null;
};

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-t border-slate-200 py-2 first:border-t-0 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/**
 * "Is anything happening?" at the top of a goal, area, plan or action page: the latest status or
 * assessment (word, symbol and colour), progress by the one rule, when it was last followed up and when
 * the next follow-up is due, who is responsible, the indicators, and the brief. Every empty spot says
 * what is missing and when it is expected.
 */
export function StatusSummary({ status, progress, last, schedule, bodies = [], bodiesLabel, contact, indicators, brief }: StatusSummaryProps) {
  const t = useT();
  const format = useFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), "date");
  const responsible = schedule?.document.responsible;
  return (
    <section aria-labelledby="lagesbild" className="card my-6">
      <h2 id="lagesbild" className="mt-0">
        {t("statusSummary.heading")}
      </h2>
      <dl>
        {status ? (
          <Row term={status.label}>
            {status.period ? (
              <p>
                {status.mark} <span className="text-sm text-slate-700">{withSwedish(t, "statusSummary.inPeriod", {}, { period: status.period })}</span>
              </p>
            ) : (
              <p>{status.empty}</p>
            )}
            {status.missing ? (
              <p className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2 font-semibold text-amber-950">
                <span aria-hidden="true">⚠ </span>
                {status.missing}
              </p>
            ) : null}
          </Row>
        ) : null}
        {progress ? (
          <Row term={t("statusSummary.progress")}>
            {"reported" in progress ? (
              progress.reported === null ? (
                <p>{last ? t("statusSummary.noReportedProgress") : t("statusSummary.actionNotYet")}</p>
              ) : (
                <p>{t("statusSummary.reportedProgress", { n: progress.reported })}</p>
              )
            ) : progress.rule && progress.rule.total > 0 && progress.period ? (
              <ProgressSummary progress={progress.rule} period={progress.period} />
            ) : (
              <p>{progress.empty}</p>
            )}
          </Row>
        ) : null}
        <Row term={t("statusSummary.lastFollowedUp")}>
          {last
            ? withSwedish(t, "statusSummary.lastPeriod", { date: last.publishedAt ? date(last.publishedAt) : "–" }, { period: last.title })
            : t("statusSummary.never")}
        </Row>
        <Row term={t("statusSummary.next")}>
          <p>{schedule ? nextText(t, date, schedule.next) : t("statusSummary.nextUnknown")}</p>
          {schedule?.document.reviewBy && schedule.next.kind === "period" ? (
            <p className="text-sm text-slate-700">
              {t("statusSummary.reviewBy")}: {date(schedule.document.reviewBy)}
            </p>
          ) : null}
        </Row>
        <Row term={t("statusSummary.responsible")}>
          <p>{responsible ? withSwedish(t, "statusSummary.documentResponsible", {}, { body: responsible }) : t("statusSummary.noResponsible")}</p>
          {bodies.length > 0 ? (
            <p>
              {bodiesLabel ?? t("statusSummary.actionBodies")}: {bodies.join(", ")}
            </p>
          ) : null}
          {contact ? (
            <p>
              {t("statusSummary.contact")}: {contact}
            </p>
          ) : null}
        </Row>
        <Row term={t("statusSummary.indicators")}>
          {indicators === "on-goals" ? (
            <p>{t("statusSummary.indicatorsOnGoals")}</p>
          ) : indicators.count > 0 ? (
            <Link href={indicators.href} className="link">
              {t("statusSummary.indicatorCount", { n: indicators.count })}
            </Link>
          ) : (
            <p>{t("statusSummary.noIndicators")}</p>
          )}
        </Row>
      </dl>
      {brief ? (
        <p className="no-print mt-4 mb-0">
          <Link href={brief.href} className="btn btn-primary no-underline">
            {brief.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
