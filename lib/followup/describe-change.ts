import type { Translate } from "@/lib/i18n/message";
import { defaultLocale, type Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { formatValue } from "@/lib/indicators/format";
import type { ChangeSubject, GoalChange } from "./changes";

/**
 * "Mål A: Alla känner sig trygga" in Swedish with the document's own level name; in Finnish and English
 * the language's level name and the title's translation, or its Swedish title where there is none.
 */
export function subjectParts(t: Translate, locale: Locale, subject: ChangeSubject) {
  const level = locale === defaultLocale ? subject.label : t(`levels.${subject.level}.singular`);
  return { name: `${level} ${subject.number}`, ...localized(subject, "title", locale) };
}

const subjectName = (t: Translate, locale: Locale, subject: ChangeSubject) => {
  const { name, text } = subjectParts(t, locale, subject);
  return `${name}: ${text}`;
};

/** A change in one plain sentence in the reader's language: the page's list and the goal's Atom feed say the same. */
export function describeChange(t: Translate, locale: Locale, change: GoalChange): string {
  switch (change.kind) {
    case "edit": {
      const subject = subjectName(t, locale, change.subject);
      // "a, b och c" / "a, b, and c": the language's own way of listing.
      const fields = new Intl.ListFormat(locale, { type: "conjunction" }).format([...new Set(change.fields.map((f) => t(`followUp.changes.fields.${f}`)))]);
      const edited = t("followUp.changes.edited", { subject, fields });
      return change.title ? `${edited} ${t("followUp.changes.newTitle", { title: change.title })}` : edited;
    }
    case "published":
      return t("followUp.changes.published", { subject: subjectName(t, locale, change.subject) });
    case "assessment":
      return t("followUp.changes.assessment", { period: change.period.title, value: t(`followUp.assessment.${change.assessment}`) });
    case "action": {
      const values = { action: subjectName(t, locale, change.action), period: change.period.title, to: t(`followUp.actionStatus.${change.to}`) };
      return change.from
        ? t("followUp.changes.actionStatus", { ...values, from: t(`followUp.actionStatus.${change.from}`) })
        : t("followUp.changes.actionStatusFirst", values);
    }
    case "indicator":
      return t("followUp.changes.indicatorValue", {
        indicator: change.indicator,
        year: String(change.year),
        value: formatValue(change.value, change.valueType, locale),
      });
  }
}

/** Where a change leads: the item it is about, or null for the goal's own follow-up and indicators. */
export const changeHref = (change: GoalChange) =>
  change.kind === "edit" || change.kind === "published" ? change.subject.href : change.kind === "action" ? change.action.href : null;
