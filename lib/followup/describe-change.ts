import { sv } from "@/lib/i18n/sv";
import { formatValue } from "@/lib/indicators/format";
import type { GoalChange } from "./changes";

const c = sv.followUp.changes;

/** "a, b och c" */
const list = (words: string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${c.and} ${words.at(-1)}`);

/** A change in one plain Swedish sentence: the page's list and the goal's Atom feed say the same. */
export function describeChange(change: GoalChange): string {
  switch (change.kind) {
    case "edit": {
      const subject = `${change.subject.label}: ${change.subject.title}`;
      const edited = c.edited(subject, list([...new Set(change.fields.map((f) => c.fields[f]))]));
      return change.title ? `${edited} ${c.newTitle(change.title)}` : edited;
    }
    case "published":
      return c.published(`${change.subject.label}: ${change.subject.title}`);
    case "assessment":
      return c.assessment(change.period.title, sv.followUp.assessment[change.assessment]);
    case "action":
      return c.actionStatus(
        `${change.action.label}: ${change.action.title}`,
        change.period.title,
        change.from && sv.followUp.actionStatus[change.from],
        sv.followUp.actionStatus[change.to],
      );
    case "indicator":
      return c.indicatorValue(change.indicator, change.year, formatValue(change.value, change.valueType));
  }
}

/** Where a change leads: the item it is about, or null for the goal's own follow-up and indicators. */
export const changeHref = (change: GoalChange) =>
  change.kind === "edit" || change.kind === "published" ? change.subject.href : change.kind === "action" ? change.action.href : null;
