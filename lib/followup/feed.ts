import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { paths } from "@/lib/paths";
import { absoluteUrl, escapeXml } from "@/lib/xml";
import { publicPeriod, publicPlanItem } from "@/lib/documents/visibility";
import { newestFirst } from "./queries";

async function publishedFollowUps(m: string) {
  const municipality = await db.municipality.findUnique({ where: { slug: m }, select: { slug: true, name: true, updatedAt: true } });
  if (!municipality) return null;
  const periods = await db.followUpPeriod.findMany({
    where: { municipality: { slug: m }, ...publicPeriod },
    orderBy: newestFirst,
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      _count: { select: { actionFollowUps: { where: { action: publicPlanItem } }, assessments: { where: { goal: publicPlanItem } } } },
      actionFollowUps: { where: { status: "DONE", action: publicPlanItem }, select: { id: true } },
    },
  });
  return {
    municipality: { slug: municipality.slug, name: municipality.name, updatedAt: municipality.updatedAt.toISOString() },
    periods: periods.map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      publishedAt: (p.publishedAt ?? municipality.updatedAt).toISOString(),
      actions: p._count.actionFollowUps,
      done: p.actionFollowUps.length,
      goals: p._count.assessments,
    })),
  };
}

const getPublishedFollowUps = cachedQuery("follow-up-feed", (m: string) => [cacheTags.municipality(m), cacheTags.followUp(m)], publishedFollowUps);

/**
 * `/<municipality>/uppfoljning/flode.xml` (and `/fi/…`, `/en/…`): an Atom 1.0 feed with an entry per
 * published period in the address's language, or null for an unknown municipality.
 */
export async function followUpFeed(m: string, locale: Locale): Promise<string | null> {
  const data = await getPublishedFollowUps(m);
  if (!data) return null;
  const { municipality, periods } = data;
  const t = translator(locale);
  const url = (path: string) => absoluteUrl(localePath(locale, path));
  const self = url(paths.followUpFeed(m));
  const entries = periods.map(
    (p) => `  <entry>
    <id>tag:${new URL(env.SITE_URL).hostname},2026:followup-period/${p.id}</id>
    <title>${escapeXml(t("followUp.report.feedEntry", { period: p.title, name: municipality.name }))}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url(paths.followUpReport(m, p.slug)))}"/>
    <updated>${p.publishedAt}</updated>
    <summary>${escapeXml(t("followUp.report.feedSummary", { actions: p.actions, done: p.done, goals: p.goals }))}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(t("followUp.report.feedTitle", { name: municipality.name }))}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(url(paths.followUps(m)))}"/>
  <updated>${periods[0]?.publishedAt ?? municipality.updatedAt}</updated>
  <author><name>${escapeXml(municipality.name)}</name></author>
${entries.join("\n")}
</feed>
`;
}
