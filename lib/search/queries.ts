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
import type { Locale } from "@/lib/i18n/routing";
import { translatableFields, type TranslatableKind, type TranslatedLocale } from "@/lib/translations/schema";

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
    /** A section's Swedish heading: its anchor on the document page, in every language. */
    anchorText?: Sql;
    status?: Sql;
    /** Why the row's document no longer steers ('replaced', 'expired'), or NULL while it is in force. */
    standing?: Sql;
    sort: [Sql, Sql, Sql];
  };
  from: Sql;
  visible: Sql;
  filters: Partial<Record<SearchFilter, (value: string | number) => Sql>>;
  /**
   * A kind with Finnish and English versions (docs/decisions/133): the alias of the row whose translations
   * hold the title (`x`, or `d` for a document), its kind, and whether that row's own language vectors are
   * searched (a follow-up comment is not translated; only the action's title shown with it is).
   */
  translated?: { row: string; kind: TranslatableKind; searched: boolean };
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
const raw = (text: string) => Prisma.raw(text);
const configs: Record<Locale, string> = { sv: "swedish", fi: "finnish", en: "english" };
/** A translated text of a row: `d.translations->'en'->>'title'` (locale and field come from fixed lists, never from the request). */
const translatedText = (row: string, locale: TranslatedLocale, field: string) => raw(`${row}."translations"->'${locale}'->>'${field}'`);
const titleField = (kind: TranslatableKind) => translatableFields[kind][0];
/** The text a snippet is made from in a language: its translated fields, NULL when none is translated. */
const translatedBody = (kind: TranslatableKind, locale: TranslatedLocale) =>
  sql`nullif(concat_ws(' ', ${Prisma.join(
    translatableFields[kind].slice(1).map((f) => translatedText("t", locale, f)),
    ", ",
  )}), '')`;
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
    translated: { row: "d", kind: "document", searched: true },
  },
  {
    kind: "section",
    vector: sql`x."searchVector"`,
    text: { table: "DocumentSection", body: sql`t.body` },
    columns: {
      id: sql`x.id`,
      title: sql`x.heading`,
      anchorText: sql`x.heading`,
      ...documentColumns,
      sort: [sql`d.position`, sql`x.position`, zero],
    },
    from: sql`"DocumentSection" x JOIN "Document" d ON d.id = x."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"`,
    visible: publicSql.section({ section: "x", document: "d" }),
    filters: { kommun: inMunicipality, dokument: inDocument },
    translated: { row: "x", kind: "section", searched: true },
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
    translated: { row: "x", kind: "area", searched: true },
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
    translated: { row: "x", kind: "goal", searched: true },
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
    translated: { row: "x", kind: "action", searched: true },
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
    translated: { row: "x", kind: "action", searched: false },
  },
  municipalityBranch("network", "Network", sql`x.name`, sql`t.purpose`),
  municipalityBranch("example", "GoodExample", sql`x.title`, sql`concat_ws(' ', t.summary, t.body)`),
  municipalityBranch("knowledge", "KnowledgePage", sql`x.title`, sql`concat_ws(' ', t.summary, t.body)`),
];

const nullText = sql`NULL::text`;

/** What a kind shows and searches in the reader's language, when it has translations and the search is in Finnish or English. */
function inLanguage(branch: Branch, locale: Locale) {
  const t = branch.translated;
  if (!t || locale === "sv") return null;
  const title = translatedText(t.row, locale, titleField(t.kind));
  const documentTitle = translatedText("d", locale, "title");
  return {
    vector: t.searched ? raw(`${t.row}."searchVector${locale === "fi" ? "Fi" : "En"}"`) : null,
    title: sql`coalesce(${title}, ${branch.columns.title})`,
    titleLang: sql`CASE WHEN ${title} IS NULL THEN 'sv' ELSE ${locale} END`,
    documentTitle: branch.columns.documentTitle && sql`coalesce(${documentTitle}, ${branch.columns.documentTitle})`,
    documentTitleLang: branch.columns.documentTitle && sql`CASE WHEN ${documentTitle} IS NULL THEN 'sv' ELSE ${locale} END`,
  };
}

const swedish = sql`'sv'`;

function branchSql(branch: Branch, params: SearchParams, matching: boolean, locale: Locale): Sql | null {
  const active = searchFilters.filter((f) => params[f] !== undefined);
  if (active.some((f) => !branch.filters[f])) return null;
  const c = branch.columns;
  const own = inLanguage(branch, locale);
  const conditions = [branch.visible, ...active.map((f) => branch.filters[f]!(params[f]!))];
  // In Finnish or English a row matches by its translation (that language's stemming) or, failing that, by its Swedish text.
  if (matching) conditions.push(own?.vector ? sql`(${branch.vector} @@ q.query OR ${own.vector} @@ q.local)` : sql`${branch.vector} @@ q.query`);
  const rank = own?.vector
    ? sql`greatest(ts_rank(${branch.vector}, q.query, 1), ts_rank(${own.vector}, q.local, 1))`
    : sql`ts_rank(${branch.vector}, q.query, 1)`;
  return sql`SELECT ${branch.kind}::text AS kind, ${c.id} AS id,
      ${matching ? rank : sql`0::real`} AS rank,
      ${own?.title ?? c.title} AS title, ${own?.titleLang ?? swedish} AS title_lang, m.slug AS m_slug, m.name AS m_name,
      ${c.documentSlug ?? nullText} AS d_slug, ${own?.documentTitle ?? c.documentTitle ?? nullText} AS d_title,
      ${own?.documentTitleLang ?? swedish} AS d_title_lang, ${c.itemSlug ?? nullText} AS item_slug,
      ${c.code ?? nullText} AS code, ${c.levelLabel ?? nullText} AS level_label, ${c.extra ?? nullText} AS extra, ${c.anchorText ?? nullText} AS anchor_text,
      ${c.status ?? nullText} AS status, ${c.standing ?? nullText} AS standing, ${c.sort[0]} AS sort_1, ${c.sort[1]} AS sort_2, ${c.sort[2]} AS sort_3
    FROM ${branch.from}${matching ? sql` CROSS JOIN q` : Prisma.empty}
    WHERE ${Prisma.join(conditions, " AND ")}`;
}

/**
 * A shown row's snippet and the language it is in: in Finnish or English, from the row's translated
 * texts where it has any, otherwise from its Swedish text.
 */
function snippetSql(branch: Branch, locale: Locale, matching: boolean): { text: Sql; lang: Sql } {
  const { table, body } = branch.text;
  const from = Prisma.raw(`"${table}"`);
  const t = branch.translated;
  const headline = (config: string, text: Sql, query: Sql) =>
    matching ? sql`ts_headline(${raw(`'${config}'`)}, ${text}, ${query}, ${HEADLINE})` : sql`left(${text}, 280)`;
  if (!t?.searched || locale === "sv") {
    return { text: sql`(SELECT ${headline("swedish", body, sql`q.query`)} FROM ${from} t WHERE t.id = r.id)`, lang: swedish };
  }
  const texts = sql`(SELECT ${body} AS body, ${translatedBody(t.kind, locale)} AS local FROM ${from} t WHERE t.id = r.id) s`;
  return {
    text: sql`(SELECT CASE WHEN s.local IS NULL THEN ${headline("swedish", sql`s.body`, sql`q.query`)}
      ELSE ${headline(configs[locale], sql`s.local`, sql`q.local`)} END FROM ${texts})`,
    lang: sql`(SELECT CASE WHEN s.local IS NULL THEN 'sv' ELSE ${locale} END FROM ${texts})`,
  };
}

export type SearchRow = {
  kind: SearchKind;
  id: number;
  title: string;
  /** The language of the title, the snippet and the document's title: a translation's, or "sv" where there is none. */
  title_lang: Locale;
  snippet: string | null;
  snippet_lang: Locale | null;
  m_slug: string;
  m_name: string;
  d_slug: string | null;
  d_title: string | null;
  d_title_lang: Locale;
  item_slug: string | null;
  code: string | null;
  level_label: string | null;
  extra: string | null;
  anchor_text: string | null;
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
 * Without words, the filters alone list what they select. In Finnish or English (`locale`), translated
 * kinds are also searched in their translations with that language's stemming, and shown in it where
 * translated; Swedish text is the fallback (docs/decisions/133).
 */
export async function search(params: SearchParams, locale: Locale = "sv"): Promise<SearchResult> {
  const words = searchWords(params.q ?? "");
  const tsquery = toTsquery(words);
  const hasFilter = searchFilters.some((f) => params[f] !== undefined);
  const { page, perPage, offset } = paging(params.sida, PER_PAGE);
  const empty: SearchResult = { asked: Boolean(tsquery) || hasFilter, total: 0, counts: emptyCounts(), groups: [], page, pages: 1 };
  if (!tsquery && !hasFilter) return empty;

  const parts = branches.map((b) => branchSql(b, params, Boolean(tsquery), locale)).filter((s): s is Sql => s !== null);
  if (parts.length === 0) return empty;

  const shown = params.typ ? sql`(kind = ${params.typ} AND n > ${offset} AND n <= ${offset + perPage})` : sql`n <= ${TOP_PER_KIND}`;

  // Text is read back by id for the rows shown only, so the ranking never carries long bodies.
  const snippets = branches.map((b) => ({ kind: b.kind, ...snippetSql(b, locale, Boolean(tsquery)) }));
  const byKind = (part: "text" | "lang") =>
    Prisma.join(
      snippets.map((sn) => sql`WHEN ${sn.kind} THEN ${sn[part]}`),
      " ",
    );
  const local = locale === "sv" ? Prisma.empty : sql`, to_tsquery(${raw(`'${configs[locale]}'`)}, ${tsquery}) AS local`;
  const titleConfig =
    locale === "sv" ? sql`'swedish'` : sql`CASE WHEN title_lang = 'sv' THEN 'swedish'::regconfig ELSE ${raw(`'${configs[locale]}'`)}::regconfig END`;
  const titleQuery = locale === "sv" ? sql`q.query` : sql`CASE WHEN title_lang = 'sv' THEN q.query ELSE q.local END`;

  const rows = await db.$queryRaw<(SearchRow & { total: number; shown: boolean })[]>`
    WITH ${tsquery ? sql`q AS (SELECT to_tsquery('swedish', ${tsquery}) AS query${local}),` : Prisma.empty}
    hits AS (${Prisma.join(parts, " UNION ALL ")}),
    ranked AS (
      SELECT h.*, row_number() OVER (PARTITION BY kind ORDER BY standing IS NOT NULL, rank DESC, m_name, sort_1, sort_2, sort_3, id) AS n,
             (count(*) OVER (PARTITION BY kind))::int AS total
      FROM hits h
    )
    SELECT kind, r.id, m_slug, m_name, d_slug, d_title, d_title_lang, item_slug, anchor_text, code, level_label, standing, rank, total, ${shown} AS shown,
      -- Looked up only for the rows shown, not for every match.
      CASE WHEN kind = 'section' AND ${shown} THEN ${sectionIndex(sql`r.id`)} ELSE extra END AS extra,
      CASE WHEN kind = 'action' AND ${shown} THEN ${latestStatus(sql`r.id`)} ELSE status END AS status,
      ${tsquery ? sql`CASE WHEN ${shown} THEN ts_headline(${titleConfig}, title, ${titleQuery}, ${TITLE_HEADLINE}) END` : sql`title`} AS title, title_lang,
      CASE WHEN ${shown} THEN CASE r.kind ${byKind("text")} END END AS snippet,
      CASE WHEN ${shown} THEN CASE r.kind ${byKind("lang")} END END AS snippet_lang
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

const cachedSearch = cachedQuery<[string, Locale], SearchResult>(
  "search",
  () => [cacheTags.publicData()],
  (key, locale) => search(JSON.parse(key) as SearchParams, locale),
);

/**
 * A search as the search page runs it: common searches are asked again and again, so results are kept
 * until any public content changes (the `public-data` tag), and served without touching the database.
 * One entry per language: the same words find other rows in Finnish or English.
 */
export const searchPublished = (params: SearchParams, locale: Locale = "sv") => cachedSearch(stableKey(params), locale);
