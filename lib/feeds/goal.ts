import { env } from "@/lib/env";
import { getGoal } from "@/lib/goals/queries";
import { getGoalChanges } from "@/lib/followup/changes";
import { changeHref, describeChange } from "@/lib/followup/describe-change";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { absoluteUrl, escapeXml } from "@/lib/xml";

const ENTRIES = 50;
/** The feed lists every published change there is (newest first, at most ENTRIES), not those since a chosen date. */
const ALL = "1970-01-01";

/**
 * `/<m>/dokument/<d>/mal/<g>/flode.atom` (and `/fi/…`, `/en/…`): the goal's "Vad har ändrats?" as an
 * Atom 1.0 feed, the same changes and sentences as the page in its language (lib/followup/changes.ts),
 * or null for an address with no public goal.
 */
export async function goalFeed(m: string, d: string, g: string, locale: Locale): Promise<string | null> {
  const [goal, changes] = await Promise.all([getGoal(m, d, g), getGoalChanges(m, d, g, ALL)]);
  if (!goal || !changes) return null;
  const t = translator(locale);
  const url = (path: string) => absoluteUrl(localePath(locale, path));
  const page = url(paths.goal(m, d, goal.slug));
  const self = url(paths.goalFeed(m, d, goal.slug));
  const title = t("followUp.changes.feedTitle", { goal: `${numbered(goal.document.goalLabel, goal.code)} ${goal.title}` });
  const authority = new URL(env.SITE_URL).hostname;
  const entries = changes.slice(0, ENTRIES).map((change, i) => {
    const text = describeChange(t, locale, change);
    const href = url(changeHref(change) ?? paths.goal(m, d, goal.slug));
    return `  <entry>
    <id>tag:${authority},2026:${escapeXml(paths.goal(m, d, goal.slug))}/${change.kind}/${change.at}/${i}</id>
    <title>${escapeXml(text.slice(0, 200))}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>
    <updated>${change.at}</updated>
    <summary>${escapeXml(text)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
  <updated>${changes[0]?.at ?? new Date(0).toISOString()}</updated>
  <author><name>${escapeXml(goal.document.municipality.name)}</name></author>
${entries.join("\n")}
</feed>
`;
}
