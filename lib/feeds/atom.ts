import { db } from "@/lib/db/client";
import { publicSql } from "@/lib/documents/visibility";
import { env } from "@/lib/env";
import { absoluteUrl, escapeXml } from "@/lib/xml";
import type { Translate } from "@/lib/i18n/message";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { paths } from "@/lib/paths";
import { toQueryString } from "@/lib/filters/schema";
import { kindSlugs } from "@/lib/search/schema";
import { presentHit } from "@/lib/search/present";
import type { SearchRow } from "@/lib/search/queries";

const ENTRIES = 50;
const publicPlanItem = publicSql.planItem({ item: "x", area: "ar", document: "d" });
type Change = SearchRow & { updated: Date };

/**
 * The latest changes of a municipality's public items, newest first: documents, areas, goals,
 * actions, networks, good examples, knowledge pages and published follow-up periods. Drafts and
 * archived items are never read, so they cannot appear; an item is "changed" when its row is.
 */
async function latestChanges(municipality: string): Promise<Change[]> {
  return db.$queryRaw<Change[]>`
    WITH m AS (SELECT id, slug AS m_slug, name AS m_name FROM "Municipality" WHERE slug = ${municipality}),
    d AS (SELECT doc.* FROM "Document" doc, m WHERE doc."municipalityId" = m.id AND ${publicSql.document("doc")}),
    changes AS (
      SELECT 'document' AS kind, d.id, d.title, d.summary AS snippet, d.slug AS d_slug, d.title AS d_title, d.slug AS item_slug,
             NULL AS code, NULL AS level_label, NULL AS extra, d."updatedAt" AS updated FROM d
      UNION ALL
      SELECT 'area', x.id, x.title, coalesce(x.subtitle, ''), d.slug, d.title, x.slug, x.number, d."areaLabel", NULL, x."updatedAt"
        FROM "Area" x JOIN d ON d.id = x."documentId" WHERE ${publicSql.area({ area: "x", document: "d" })}
      UNION ALL
      SELECT 'goal', x.id, x.title, coalesce(x.text, ''), d.slug, d.title, x.slug, x.code, d."goalLabel", NULL, x."updatedAt"
        FROM "Goal" x JOIN "Area" ar ON ar.id = x."areaId" JOIN d ON d.id = x."documentId" WHERE ${publicPlanItem}
      UNION ALL
      SELECT 'action', x.id, x.title, coalesce(x.text, ''), d.slug, d.title, x.slug, concat_ws('.', ar.number, x.number), d."actionLabel", NULL, x."updatedAt"
        FROM "Action" x JOIN "Area" ar ON ar.id = x."areaId" JOIN d ON d.id = x."documentId" WHERE ${publicPlanItem}
      UNION ALL
      SELECT 'network', x.id, x.name, x.purpose, NULL, NULL, x.slug, NULL, NULL, NULL, x."updatedAt" FROM "Network" x, m WHERE x."municipalityId" = m.id AND ${publicSql.municipalItem("x")}
      UNION ALL
      SELECT 'example', x.id, x.title, x.summary, NULL, NULL, x.slug, NULL, NULL, NULL, x."updatedAt" FROM "GoodExample" x, m WHERE x."municipalityId" = m.id AND ${publicSql.municipalItem("x")}
      UNION ALL
      SELECT 'knowledge', x.id, x.title, x.summary, NULL, NULL, x.slug, NULL, NULL, NULL, x."updatedAt" FROM "KnowledgePage" x, m WHERE x."municipalityId" = m.id AND ${publicSql.municipalItem("x")}
      UNION ALL
      SELECT 'period', p.id, p.title, '', NULL, NULL, p.slug, NULL, NULL, NULL, p."publishedAt" FROM "FollowUpPeriod" p, m
        WHERE p."municipalityId" = m.id AND ${publicSql.period("p")} AND p."publishedAt" IS NOT NULL
    )
    SELECT changes.*, m.m_slug, m.m_name, NULL AS status FROM changes, m ORDER BY updated DESC, kind, id LIMIT ${ENTRIES}`;
}

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

function entry(t: Translate, locale: Locale, change: Change) {
  const tagAuthority = new URL(env.SITE_URL).hostname;
  const isPeriod = (change.kind as string) === "period";
  const hit = isPeriod ? null : presentHit(t, change);
  const title = isPeriod ? t("search.followUpIn", { period: change.title }) : text(hit!.title);
  const href = isPeriod ? paths.search(toQueryString({ kommun: change.m_slug, typ: kindSlugs.followup })) : hit!.href;
  const summary = isPeriod ? change.m_name : [hit!.kicker, text(hit!.snippet)].filter(Boolean).join(" – ");
  return `  <entry>
    <id>tag:${tagAuthority},2026:${change.kind}/${change.id}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(localePath(locale, href)))}"/>
    <updated>${change.updated.toISOString()}</updated>
    <summary>${escapeXml(summary.slice(0, 500))}</summary>
  </entry>`;
}

/**
 * Answers `/<municipality>/flode.atom` (and `/fi/…`, `/en/…`): an Atom 1.0 feed of the latest published
 * changes, its words and links in the address's language, or null for an unknown municipality.
 */
export async function municipalityFeed(slug: string, locale: Locale): Promise<string | null> {
  const municipality = await db.municipality.findUnique({ where: { slug }, select: { slug: true, name: true, updatedAt: true } });
  if (!municipality) return null;
  const changes = await latestChanges(slug);
  const updated = changes[0]?.updated ?? municipality.updatedAt;
  const t = translator(locale);
  const url = (path: string) => absoluteUrl(localePath(locale, path));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeXml(url(paths.feed(slug)))}</id>
  <title>${escapeXml(t("feed.title", { name: municipality.name }))}</title>
  <subtitle>${escapeXml(t("feed.subtitle"))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(url(paths.feed(slug)))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(url(paths.municipality(slug)))}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(municipality.name)}</name></author>
${changes.map((c) => entry(t, locale, c)).join("\n")}
</feed>
`;
}
