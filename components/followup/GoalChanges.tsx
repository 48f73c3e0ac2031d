import Link from "next/link";
import { sv } from "@/lib/i18n/sv";
import { formatDate } from "@/lib/labels";
import { formatValue } from "@/lib/indicators/format";
import type { GoalChange } from "@/lib/followup/changes";
import { describeChange } from "@/lib/followup/describe-change";
import { ActionStatusMark, AssessmentMark } from "./StatusMark";

/** What changed on a goal's page since a date, newest first, each with its date. */
export function GoalChanges({ changes }: { changes: GoalChange[] }) {
  const c = sv.followUp.changes;
  if (changes.length === 0) return <p>{c.none}</p>;
  return (
    <ol className="space-y-3">
      {changes.map((change, i) => (
        <li key={i} className="card">
          <p className="text-sm text-slate-700">
            <time dateTime={change.at}>{formatDate(new Date(change.at))}</time>
          </p>
          {change.kind === "assessment" ? (
            <p>
              <AssessmentMark assessment={change.assessment} /> {c.assessment(change.period.title, sv.followUp.assessment[change.assessment])}
            </p>
          ) : change.kind === "action" ? (
            <p>
              <Link href={change.action.href} className="link">
                {change.action.label}: {change.action.title}
              </Link>{" "}
              –{" "}
              {change.from && change.from !== change.to ? (
                <>
                  <ActionStatusMark status={change.from} /> →{" "}
                </>
              ) : null}
              <ActionStatusMark status={change.to} /> ({change.period.title})
            </p>
          ) : change.kind === "indicator" ? (
            <p>{c.indicatorValue(change.indicator, change.year, formatValue(change.value, change.valueType))}</p>
          ) : (
            <p>
              <Link href={change.subject.href} className="link">
                {describeChange(change)}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
