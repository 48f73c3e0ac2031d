import { useFormatter, useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { formatValue } from "@/lib/indicators/format";
import type { ChangeSubject, GoalChange } from "@/lib/followup/changes";
import { describeChange, subjectParts } from "@/lib/followup/describe-change";
import { Localized, withSwedish } from "@/components/Localized";
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
              <Link href={change.action.href} className="link">
                <SubjectName subject={change.action} />
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
              {withSwedish(
                t,
                "followUp.changes.indicatorValue",
                { year: String(change.year), value: formatValue(change.value, change.valueType, locale) },
                { indicator: change.indicator },
              )}
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

/** The goal's or action's level, number and title in the page's language; a Swedish-only title is marked so. */
function SubjectName({ subject }: { subject: ChangeSubject }) {
  const t = useT();
  const locale = useLocale();
  const { name, text, lang } = subjectParts(t, locale, subject);
  return (
    <>
      {name}: <Localized text={text} lang={lang} pageLocale={locale} note={false} />
    </>
  );
}
