import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { cachedQuery, stableKey } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paging, pageCount } from "@/lib/filters/paging";
import type { ActionStatusValue } from "@/lib/filters/schema";
import { documentStandingSql, publicSql } from "@/lib/documents/visibility";
import { MARK_END, MARK_START } from "./marked";
import { searchFilters, searchKinds, type SearchFilter, type SearchKind, type SearchParams } from "./schema";
import { searchWords, toTsquery } from "./tsquery";
import { orderGroups } from "./ranking";
import type { Standing } from "@/lib/documents/standing";

const sql = Prisma.sql;
type Sql = Prisma.Sql;

export const PER_PAGE = 20;
/** Hits per kind when all kinds are shown together. */
export const TOP_PER_KIND = 5;

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * One searchable kind: the columns every kind returns (aliases `m` municipality, `d` document,
 * `ar` area, `x` the item), where its rows come from, what makes a row public, and the filters
 * it understands. A search with a filter a kind does not understand leaves that kind out.
 */
type Branch = {
  kind: SearchKind;
  vector: Sql;
  /** The row's own table and its text for snippets (alias `t`), read only for the rows shown. */
  text: { table: string; body: Sql };
  columns: {
    id: Sql;
    title: Sql;
    documentSlug?: Sql;
    documentTitle?: Sql;
    itemSlug?: Sql;
    code?: Sql;
    levelLabel?: Sql;
    extra?: Sql;
    status?: Sql;
    /** Why the row's document no longer steers ('replaced', 'expired'), or NULL while it is in force. */
    standing?: Sql;
    sort: [Sql, Sql, Sql];
  };
  from: Sql;
  visible: Sql;
  filters: Partial<Record<SearchFilter, (value: string | number) => Sql>>;
};

const publicPlanItem = publicSql.planItem({ item: "x", area: "ar", document: "d" });
const inMunicipality = (value: string | number) => sql`m.slug = ${value}`;
const inDocument = (value: string | number) => sql`d.slug = ${value}`;
const inArea = (value: string | number) => sql`ar.slug = ${value}`;
const linkedTo = (table: string, column: string) => (value: string | number) =>
  sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} l WHERE l.${Prisma.raw(`"${column}"`)} = x.id AND l."goalNumber" = ${Number(value)})`;

/** The action's status in its latest published follow-up period. */
const latestStatus = (actionId: Sql) => sql`(SELECT f.status::text FROM "ActionFollowUp" f JOIN "FollowUpPeriod" p ON p.id = f."periodId"
  WHERE f."actionId" = ${actionId} AND ${publicSql.period("p")} ORDER BY p."endsOn" DESC, p.id DESC LIMIT 1)`;

/** The published sections before a section, which number its heading's anchor (lib/documents/sections.ts). */
const sectionIndex = (sectionId: Sql) => sql`(SELECT count(*) FROM "DocumentSection" s JOIN "DocumentSection" this ON this.id = ${sectionId}
  WHERE s."documentId" = this."documentId" AND ${publicSql.withinParent("s")} AND s.position < this.position)::text`;

const documentColumns = {
  documentSlug: sql`d.slug`,
  documentTitle: sql`d.title`,
  standing: documentStandingSql("d"),
};
const inDocumentAndArea = { kommun: inMunicipality, dokument: inDocument, omrade: inArea };
const zero = sql`0`;

/** A kind that belongs to a municipality, not to a document: networks, good examples, knowledge pages. */
function municipalityBranch(kind: SearchKind, table: string, title: Sql, body: Sql): Branch {
  return {
    kind,
    vector: sql`x."searchVector"`,
    text: { table, body },
    columns: { id: sql`x.id`, title, itemSlug: sql`x.slug`, sort: [sql`x.position`, zero, zero] },
    from: sql`${Prisma.raw(`"${table}"`)} x JOIN "Municipality" m ON m.id = x."municipalityId"`,
    visible: publicSql.municipalItem("x"),
    filters: { kommun: inMunicipality },
  };
}

const branches: Branch[] = [
  {
    kind: "document",
    vector: sql`d."searchVector"`,
    text: { table: "Document", body: sql`t.summary` },
    columns: { id: sql`d.id`, title: sql`d.title`, ...documentColumns, itemSlug: sql`d.slug`, sort: [sql`d.position`, zero, zero] },
    from: sql`"Document" d JOIN "Municipality" m ON m.id = d."municipalityId"`,
    visible: publicSql.document("d"),
    filters: { kommun: inMunicipality, dokument: inDocument },
  },
  {
    kind: "section",
    vector: sql`x."searchVector"`,
    text: { table: "DocumentSection", body: sql`t.body` },
    columns: {
      id: sql`x.id`,
      title: sql`x.heading`,
      ...documentColumns,
      sort: [sql`d.position`, sql`x.position`, zero],
    },
    from: sql`"DocumentSection" x JOIN "Document" d ON d.id = x."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"`,
    visible: publicSql.section({ section: "x", document: "d" }),
    filters: { kommun: inMunicipality, dokument: inDocument },
  },
  {
    kind: "area",
    vector: sql`x."searchVector"`,
    text: { table: "Area", body: sql`concat_ws(' ', t.subtitle, t.description, t.direction)` },
    columns: {
      id: sql`x.id`,
      title: sql`x.title`,
      ...documentColumns,
      itemSlug: sql`x.slug`,
      code: sql`x.number`,
      levelLabel: sql`d."areaLabel"`,
      sort: [sql`d.position`, sql`x.position`, zero],
    },
    from: sql`"Area" x JOIN "Document" d ON d.id = x."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"`,
    visible: publicSql.area({ area: "x", document: "d" }),
    filters: { kommun: inMunicipality, dokument: inDocument, omrade: (v) => sql`x.slug = ${v}`, agenda: linkedTo("AreaAgendaGoal", "areaId") },
  },
  {
    kind: "goal",
    vector: sql`x."searchVector"`,
    text: { table: "Goal", body: sql`coalesce(t.text, '')` },
    columns: {
      id: sql`x.id`,
      title: sql`x.title`,
      ...documentColumns,
      itemSlug: sql`x.slug`,
      code: sql`x.code`,
      levelLabel: sql`d."goalLabel"`,
      sort: [sql`d.position`, sql`ar.position`, sql`x.position`],
    },
    from: sql`"Goal" x JOIN "Area" ar ON ar.id = x."areaId" JOIN "Document" d ON d.id = x."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"`,
    visible: publicPlanItem,
    filters: { ...inDocumentAndArea, agenda: linkedTo("GoalAgendaGoal", "goalId") },
  },
  {
    kind: "action",
    vector: sql`x."searchVector"`,
    text: { table: "Action", body: sql`coalesce(t.text, '')` },
    columns: {
      id: sql`x.id`,
      title: sql`x.title`,
      ...documentColumns,
      itemSlug: sql`x.slug`,
      code: sql`concat_ws('.', ar.number, x.number)`,
      levelLabel: sql`d."actionLabel"`,
      sort: [sql`d.position`, sql`ar.position`, sql`x.position`],
    },
    from: sql`"Action" x JOIN "Area" ar ON ar.id = x."areaId" JOIN "Document" d ON d.id = x."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"`,
    visible: publicPlanItem,
    filters: { ...inDocumentAndArea, agenda: linkedTo("ActionAgendaGoal", "actionId"), status: (v) => sql`${latestStatus(sql`x.id`)} = ${v}` },
  },
  {
    kind: "followup",
    vector: sql`f."searchVector"`,
    text: { table: "ActionFollowUp", body: sql`t.comment` },
    columns: {
      id: sql`f.id`,
      title: sql`x.title`,
      ...documentColumns,
      itemSlug: sql`x.slug`,
      code: sql`concat_ws('.', ar.number, x.number)`,
      levelLabel: sql`d."actionLabel"`,
      extra: sql`p.title`,
      status: sql`f.status::text`,
      sort: [sql`-extract(epoch FROM p."endsOn")::int`, sql`d.position`, sql`x.position`],
    },
    from: sql`"ActionFollowUp" f JOIN "FollowUpPeriod" p ON p.id = f."periodId" JOIN "Action" x ON x.id = f."actionId"
      JOIN "Area" ar ON ar.id = x."areaId" JOIN "Document" d ON d.id = x."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"`,
    // Only follow-up of published periods; the action itself must be public too.
    visible: sql`${publicSql.period("p")} AND ${publicPlanItem}`,
    filters: { ...inDocumentAndArea, status: (v) => sql`f.status::text = ${v}` },
  },
  municipalityBranch("network", "Network", sql`x.name`, sql`t.purpose`),
  municipalityBranch("example", "GoodExample", sql`x.title`, sql`concat_ws(' ', t.summary, t.body)`),
  municipalityBranch("knowledge", "KnowledgePage", sql`x.title`, sql`concat_ws(' ', t.summary, t.body)`),
];

const nullText = sql`NULL::text`;

function branchSql(branch: Branch, params: SearchParams, matching: boolean): Sql | null {
  const active = searchFilters.filter((f) => params[f] !== undefined);
  if (active.some((f) => !branch.filters[f])) return null;
  const c = branch.columns;
  const conditions = [branch.visible, ...active.map((f) => branch.filters[f]!(params[f]!))];
  if (matching) conditions.push(sql`${branch.vector} @@ q.query`);
  return sql`SELECT ${branch.kind}::text AS kind, ${c.id} AS id,
      ${matching ? sql`ts_rank(${branch.vector}, q.query, 1)` : sql`0::real`} AS rank,
      ${c.title} AS title, m.slug AS m_slug, m.name AS m_name,
      ${c.documentSlug ?? nullText} AS d_slug, ${c.documentTitle ?? nullText} AS d_title, ${c.itemSlug ?? nullText} AS item_slug,
      ${c.code ?? nullText} AS code, ${c.levelLabel ?? nullText} AS level_label, ${c.extra ?? nullText} AS extra,
      ${c.status ?? nullText} AS status, ${c.standing ?? nullText} AS standing, ${c.sort[0]} AS sort_1, ${c.sort[1]} AS sort_2, ${c.sort[2]} AS sort_3
    FROM ${branch.from}${matching ? sql` CROSS JOIN q` : Prisma.empty}
    WHERE ${Prisma.join(conditions, " AND ")}`;
}

export type SearchRow = {
  kind: SearchKind;
  id: number;
  title: string;
  snippet: string | null;
  m_slug: string;
  m_name: string;
  d_slug: string | null;
  d_title: string | null;
  item_slug: string | null;
  code: string | null;
  level_label: string | null;
  extra: string | null;
  status: ActionStatusValue | null;
  standing: Exclude<Standing, "inForce"> | null;
  rank: number;
};

export type SearchResult = {
  /** Whether anything was asked: words, or at least one filter. */
  asked: boolean;
  total: number;
  counts: Record<SearchKind, number>;
  groups: { kind: SearchKind; total: number; rows: SearchRow[] }[];
  page: number;
  pages: number;
};

const emptyCounts = () => Object.fromEntries(searchKinds.map((k) => [k, 0])) as Record<SearchKind, number>;

/**
 * Searches every public kind in one SQL statement: each kind's matches through its GIN index,
 * ranked (titles above text), counted per kind, and headlined only for the rows shown. With a
 * kind chosen (`typ`) that kind is paged; otherwise the best few of each kind are shown.
 * Without words, the filters alone list what they select.
 */
export async function search(params: SearchParams): Promise<SearchResult> {
  const words = searchWords(params.q ?? "");
  const tsquery = toTsquery(words);
  const hasFilter = searchFilters.some((f) => params[f] !== undefined);
  const { page, perPage, offset } = paging(params.sida, PER_PAGE);
  const empty: SearchResult = { asked: Boolean(tsquery) || hasFilter, total: 0, counts: emptyCounts(), groups: [], page, pages: 1 };
  if (!tsquery && !hasFilter) return empty;

  const parts = branches.map((b) => branchSql(b, params, Boolean(tsquery))).filter((s): s is Sql => s !== null);
  if (parts.length === 0) return empty;

  const shown = params.typ ? sql`(kind = ${params.typ} AND n > ${offset} AND n <= ${offset + perPage})` : sql`n <= ${TOP_PER_KIND}`;

  // Text is read back by id for the rows shown only, so the ranking never carries long bodies.
  const snippets = branches.map(
    (b) => sql`WHEN ${b.kind} THEN (SELECT ${tsquery ? sql`ts_headline('swedish', ${b.text.body}, q.query, ${HEADLINE})` : sql`left(${b.text.body}, 280)`}
      FROM ${Prisma.raw(`"${b.text.table}"`)} t WHERE t.id = r.id)`,
  );

  const rows = await db.$queryRaw<(SearchRow & { total: number; shown: boolean })[]>`
    WITH ${tsquery ? sql`q AS (SELECT to_tsquery('swedish', ${tsquery}) AS query),` : Prisma.empty}
    hits AS (${Prisma.join(parts, " UNION ALL ")}),
    ranked AS (
      SELECT h.*, row_number() OVER (PARTITION BY kind ORDER BY standing IS NOT NULL, rank DESC, m_name, sort_1, sort_2, sort_3, id) AS n,
             (count(*) OVER (PARTITION BY kind))::int AS total
      FROM hits h
    )
    SELECT kind, r.id, m_slug, m_name, d_slug, d_title, item_slug, code, level_label, standing, rank, total, ${shown} AS shown,
      -- Looked up only for the rows shown, not for every match.
      CASE WHEN kind = 'section' AND ${shown} THEN ${sectionIndex(sql`r.id`)} ELSE extra END AS extra,
      CASE WHEN kind = 'action' AND ${shown} THEN ${latestStatus(sql`r.id`)} ELSE status END AS status,
      ${tsquery ? sql`CASE WHEN ${shown} THEN ts_headline('swedish', title, q.query, ${TITLE_HEADLINE}) END` : sql`title`} AS title,
      CASE WHEN ${shown} THEN CASE r.kind ${Prisma.join(snippets, " ")} END END AS snippet
    FROM ranked r${tsquery ? sql` CROSS JOIN q` : Prisma.empty}
    WHERE n = 1 OR ${shown}
    ORDER BY n`;

  const counts = emptyCounts();
  for (const row of rows) counts[row.kind] = row.total;
  const shownRows = rows.filter((r) => r.shown).map(({ total: _total, shown: _shown, ...row }) => row);
  const groups = orderGroups(
    searchKinds.map((kind) => ({ kind, total: counts[kind], rows: shownRows.filter((r) => r.kind === kind) })).filter((g) => g.rows.length > 0),
  );
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const pages = pageCount(params.typ ? counts[params.typ] : 0, perPage);
  return { ...empty, total, counts, groups, page, pages };
}

const cachedSearch = cachedQuery<[string], SearchResult>(
  "search",
  () => [cacheTags.publicData()],
  (key) => search(JSON.parse(key) as SearchParams),
);

/**
 * A search as the search page runs it: common searches are asked again and again, so results are kept
 * until any public content changes (the `public-data` tag), and served without touching the database.
 */
export const searchPublished = (params: SearchParams) => cachedSearch(stableKey(params));
