import Link from "next/link";
import type { ReactNode } from "react";
import { sv } from "@/lib/i18n/sv";
import { formatDate } from "@/lib/labels";
import type { Progress } from "@/lib/followup/progress";
import type { PeriodRef } from "@/lib/followup/queries";
import type { FollowUpSchedule, NextFollowUp } from "@/lib/followup/schedule";
import { ProgressSummary } from "./ProgressSummary";

const s = sv.statusSummary;
const date = (iso: string) => formatDate(new Date(iso));

function nextText(next: NextFollowUp): string {
  switch (next.kind) {
    case "period":
      return s.nextPeriod(date(next.startsOn), date(next.endsOn));
    case "review":
      return s.nextReview(date(next.date));
    case "validUntil":
      return s.nextValidUntil(date(next.date));
    case "unknown":
      return s.nextUnknown;
  }
}

export type StatusSummaryProps = {
  /** The latest status (an action) or assessment (a goal) as a mark, with its label and period; or what is missing. */
  status?: { label: string; mark: ReactNode; period: string | null; empty: string; missing?: string | null };
  /** Progress of the actions by the one rule (goal, area, plan), or an action's own reported share. */
  progress?: { rule: Progress | null; period: string | null; empty: string } | { reported: number | null };
  last: PeriodRef | null;
  schedule: FollowUpSchedule | null;
  /** Bodies answering for the actions (named once, not on every card), and what to call them. */
  bodies?: string[];
  bodiesLabel?: string;
  contact?: string | null;
  indicators: { count: number; href: string } | "on-goals";
  brief?: { href: string; label: string } | null;
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
export function StatusSummary({ status, progress, last, schedule, bodies = [], bodiesLabel = s.actionBodies, contact, indicators, brief }: StatusSummaryProps) {
  const responsible = schedule?.document.responsible;
  return (
    <section aria-labelledby="lagesbild" className="card my-6">
      <h2 id="lagesbild" className="mt-0">
        {s.heading}
      </h2>
      <dl>
        {status ? (
          <Row term={status.label}>
            {status.period ? (
              <p>
                {status.mark} <span className="text-sm text-slate-700">{s.inPeriod(status.period)}</span>
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
          <Row term={s.progress}>
            {"reported" in progress ? (
              progress.reported === null ? (
                <p>{last ? s.noReportedProgress : s.actionNotYet}</p>
              ) : (
                <p>{s.reportedProgress(progress.reported)}</p>
              )
            ) : progress.rule && progress.rule.total > 0 && progress.period ? (
              <ProgressSummary progress={progress.rule} period={progress.period} />
            ) : (
              <p>{progress.empty}</p>
            )}
          </Row>
        ) : null}
        <Row term={s.lastFollowedUp}>{last ? s.lastPeriod(last.title, last.publishedAt ? date(last.publishedAt) : "–") : s.never}</Row>
        <Row term={s.next}>
          <p>{schedule ? nextText(schedule.next) : s.nextUnknown}</p>
          {schedule?.document.reviewBy && schedule.next.kind === "period" ? (
            <p className="text-sm text-slate-700">
              {s.reviewBy}: {date(schedule.document.reviewBy)}
            </p>
          ) : null}
        </Row>
        <Row term={s.responsible}>
          <p>{responsible ? s.documentResponsible(responsible) : s.noResponsible}</p>
          {bodies.length > 0 ? (
            <p>
              {bodiesLabel}: {bodies.join(", ")}
            </p>
          ) : null}
          {contact ? (
            <p>
              {s.contact}: {contact}
            </p>
          ) : null}
        </Row>
        <Row term={s.indicators}>
          {indicators === "on-goals" ? (
            <p>{s.indicatorsOnGoals}</p>
          ) : indicators.count > 0 ? (
            <Link href={indicators.href} className="link">
              {s.indicatorCount(indicators.count)}
            </Link>
          ) : (
            <p>{s.noIndicators}</p>
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
