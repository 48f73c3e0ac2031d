import { useFormatter, useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { formatValue } from "@/lib/indicators/format";
import type { GoalChange } from "@/lib/followup/changes";
import { describeChange } from "@/lib/followup/describe-change";
import { withSwedish } from "@/components/Localized";
import { ActionStatusMark, AssessmentMark } from "./StatusMark";

/** What changed on a goal's page since a date, newest first, each with its date. */
export function GoalChanges({ changes }: { changes: GoalChange[] }) {
  const t = useT();
  const format = useFormatter();
  const locale = useLocale();
  if (changes.length === 0) return <p>{t("followUp.changes.none")}</p>;
  return (
    <ol className="space-y-3">
      {changes.map((change, i) => (
        <li key={i} className="card">
          <p className="text-sm text-slate-700">
            <time dateTime={change.at}>{format.dateTime(new Date(change.at), "date")}</time>
          </p>
          {change.kind === "assessment" ? (
            <p>
              <AssessmentMark assessment={change.assessment} />{" "}
              {withSwedish(t, "followUp.changes.assessment", { value: t(`followUp.assessment.${change.assessment}`) }, { period: change.period.title })}
            </p>
          ) : change.kind === "action" ? (
            <p>
              {/* The change names the action by its Swedish level name and title (lib/followup/changes.ts). */}
              <Link href={change.action.href} className="link" lang="sv">
                {change.action.label}: {change.action.title}
              </Link>{" "}
              –{" "}
              {change.from && change.from !== change.to ? (
                <>
                  <ActionStatusMark status={change.from} /> →{" "}
                </>
              ) : null}
              <ActionStatusMark status={change.to} /> (<span lang="sv">{change.period.title}</span>)
            </p>
          ) : change.kind === "indicator" ? (
            <p>
              {t("followUp.changes.indicatorValue", {
                indicator: change.indicator,
                year: String(change.year),
                value: formatValue(change.value, change.valueType, locale),
              })}
            </p>
          ) : (
            <p>
              <Link href={change.subject.href} className="link">
                {describeChange(t, locale, change)}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
