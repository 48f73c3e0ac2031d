import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { publicSql } from "@/lib/documents/visibility";
import { paths } from "@/lib/paths";

const sql = Prisma.sql;
type Sql = Prisma.Sql;
const publicArea = publicSql.area({ area: "ar", document: "d" });
const publicItem = publicSql.planItem({ item: "x", area: "ar", document: "d" });

/**
 * Every Agenda 2030 link of a public area, goal or action, as (municipality, area, global goal).
 * Goals and actions count only where their area is public too, exactly as search lists them, so a
 * cell's count equals the number of hits behind its link.
 */
function agendaLinks(scope: Sql) {
  return sql`
    SELECT d."municipalityId" AS municipality_id, ar.id AS area_id, l."goalNumber" AS goal
      FROM "AreaAgendaGoal" l JOIN "Area" ar ON ar.id = l."areaId" JOIN "Document" d ON d.id = ar."documentId"
      WHERE ${publicArea} AND ${scope}
    UNION ALL
    SELECT d."municipalityId", ar.id, l."goalNumber"
      FROM "GoalAgendaGoal" l JOIN "Goal" x ON x.id = l."goalId" JOIN "Area" ar ON ar.id = x."areaId" JOIN "Document" d ON d.id = x."documentId"
      WHERE ${publicItem} AND ${scope}
    UNION ALL
    SELECT d."municipalityId", ar.id, l."goalNumber"
      FROM "ActionAgendaGoal" l JOIN "Action" x ON x.id = l."actionId" JOIN "Area" ar ON ar.id = x."areaId" JOIN "Document" d ON d.id = x."documentId"
      WHERE ${publicItem} AND ${scope}`;
}

export type CoverageRow = {
  key: string;
  label: string;
  /** The row's own page: a municipality's coverage, or an area. */
  href: string;
  group?: string;
  /** In a municipality's coverage, the area and document, for their titles in the page's language (docs/decisions/131). */
  area?: { number: string | null; title: string; translations: unknown };
  document?: { title: string; translations: unknown };
  filters: { kommun: string; dokument?: string; omrade?: string }; counts: Record<number, number>;
};

/** Links per municipality and global goal, every municipality a row (also those with none). */
export async function loadNationalCoverage(): Promise<CoverageRow[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; goal: number | null; count: number }[]>`
    WITH links AS (${agendaLinks(sql`TRUE`)})
    SELECT m.slug, m.name, links.goal, count(links.goal)::int AS count
    FROM "Municipality" m LEFT JOIN links ON links.municipality_id = m.id
    GROUP BY m.slug, m.name, links.goal
    ORDER BY m.name`;
  return collect(rows.map((r) => ({ key: r.slug, label: r.name, href: paths.municipalityCoverage(r.slug), filters: { kommun: r.slug }, goal: r.goal, count: r.count })));
}

/** Links per public area of one municipality's public documents, and global goal. */
export async function loadMunicipalityCoverage(municipality: string): Promise<CoverageRow[]> {
  const rows = await db.$queryRaw<
    { d_slug: string; d_title: string; d_translations: unknown; a_slug: string; a_number: string | null; a_title: string; a_translations: unknown; goal: number | null; count: number }[]
  >`
    WITH links AS (${agendaLinks(sql`d."municipalityId" = (SELECT id FROM "Municipality" WHERE slug = ${municipality})`)})
    SELECT d.slug AS d_slug, d.title AS d_title, d.translations AS d_translations,
           ar.slug AS a_slug, ar.number AS a_number, ar.title AS a_title, ar.translations AS a_translations,
           links.goal, count(links.goal)::int AS count
    FROM "Area" ar JOIN "Document" d ON d.id = ar."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"
    LEFT JOIN links ON links.area_id = ar.id
    WHERE m.slug = ${municipality} AND ${publicArea}
    GROUP BY d.position, d.slug, d.title, d.translations, ar.position, ar.slug, ar.number, ar.title, ar.translations, links.goal
    ORDER BY d.position, ar.position`;
  return collect(
    rows.map((r) => ({
      key: `${r.d_slug}/${r.a_slug}`,
      label: r.a_number ? `${r.a_number}. ${r.a_title}` : r.a_title,
      href: paths.area(municipality, r.d_slug, r.a_slug),
      group: r.d_title,
      area: { number: r.a_number, title: r.a_title, translations: r.a_translations },
      document: { title: r.d_title, translations: r.d_translations },
      filters: { kommun: municipality, dokument: r.d_slug, omrade: r.a_slug },
      goal: r.goal,
      count: r.count,
    })),
  );
}

function collect(cells: (Omit<CoverageRow, "counts"> & { goal: number | null; count: number })[]): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const { goal, count, ...row } of cells) {
    const entry = rows.get(row.key) ?? { ...row, counts: {} };
    if (goal !== null) entry.counts[goal] = count;
    rows.set(row.key, entry);
  }
  return [...rows.values()];
}

export const getNationalCoverage = cachedQuery("coverage", () => [cacheTags.municipalities(), cacheTags.agenda2030()], loadNationalCoverage);

export const getMunicipalityCoverage = cachedQuery(
  "municipality-coverage",
  (m: string) => [cacheTags.municipality(m), cacheTags.agenda2030()],
  loadMunicipalityCoverage,
);
