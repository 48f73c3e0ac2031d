import { Prisma } from "@/lib/generated/prisma/client";
import type { PeriodStatus, PublicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The one rule of what the public may see (docs/decisions/055), used by pages, follow-up, search, the
 * open-data API, feeds, the sitemap and coverage alike, as a Prisma `where` and as SQL built from the
 * same statuses and the same chain:
 * - a document is public when published or replaced (kept for the record);
 * - an area or a text section when published itself, in a public document;
 * - a goal or an action when published itself, in a public area (so in a public document);
 * - a municipality's own items (networks, good examples…) and indicators when published;
 * - follow-up only of a published period.
 * Drafts and archived items never are. Read a goal or action through `publicPlanItem`, never through
 * the area's rule: an action linked from a goal can sit in a draft area of a public document.
 */
const documentStatuses = ["PUBLISHED", "REPLACED"] as const satisfies PublicationStatus[];
const itemStatuses = ["PUBLISHED"] as const satisfies PublicationStatus[];
const periodStatuses = ["PUBLISHED"] as const satisfies PeriodStatus[];

const statusIn = <S extends string>(statuses: readonly S[]) => ({ status: { in: [...statuses] } });

export const publicDocument = statusIn(documentStatuses) satisfies Prisma.DocumentWhereInput;
export const publicArea = { ...statusIn(itemStatuses), document: publicDocument } satisfies Prisma.AreaWhereInput;
/** A goal or an action. */
export const publicPlanItem = { ...statusIn(itemStatuses), area: publicArea } satisfies Prisma.GoalWhereInput & Prisma.ActionWhereInput;
/** Networks, good examples, knowledge pages, process maps, dialogues, groups, situation analyses, indicators. */
export const publicMunicipalItem = statusIn(itemStatuses);
export const publicPeriod = statusIn(periodStatuses) satisfies Prisma.FollowUpPeriodWhereInput;

/**
 * A part read through its parent in the same query (a public document's areas, a public area's goals),
 * where the parent's `where` has already applied the rest of the chain. Never for a link table: an
 * action linked from a goal can sit in any area.
 */
export const publicWithinParent = statusIn(itemStatuses);

/** An item addressed by municipality and document slug (the public pages' URLs), under its full rule. */
const place = (municipality: string, document: string) => ({ slug: document, municipality: { slug: municipality } });
export const publicAt = {
  area: (m: string, d: string) => ({ ...publicArea, document: { ...publicDocument, ...place(m, d) } }) satisfies Prisma.AreaWhereInput,
  goal: (m: string, d: string) => ({ ...publicPlanItem, document: place(m, d) }) satisfies Prisma.GoalWhereInput,
  action: (m: string, d: string) => ({ ...publicPlanItem, document: place(m, d) }) satisfies Prisma.ActionWhereInput,
};

const publicStatuses: readonly string[] = documentStatuses;
export const isPublicStatus = (status: string) => publicStatuses.includes(status);

/** A record's status changes as its revisions hold them (revisions whose changes name "status"), in any order. */
export type StatusChange = { at: Date; before: string; after: string };

/**
 * A record's status at a past moment: the status before the first status change after it, or its status now.
 * Exact from the revisions alone, whatever status the record was created with.
 */
export function statusAt(now: string, changes: StatusChange[], at: Date): string {
  const next = changes.filter((c) => c.at > at).sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  return next ? next.before : now;
}

/**
 * Whether the public could see a goal or action at a past moment, by the same chain as now: the item
 * itself published, in a published area, in a public document (what changed on a page must never show
 * a change made while the record was a draft).
 */
export function planItemWasPublic(chain: { item: [string, StatusChange[]]; area: [string, StatusChange[]]; document: [string, StatusChange[]] }, at: Date) {
  const item: readonly string[] = itemStatuses;
  const document: readonly string[] = documentStatuses;
  return item.includes(statusAt(...chain.item, at)) && item.includes(statusAt(...chain.area, at)) && document.includes(statusAt(...chain.document, at));
}

// ── The same rule in SQL ──────────────────────────────────────────────────────────────────────────

/** A table alias of the query (constants in our code, never input). */
type Alias = string;
const alias = (a: Alias) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(a)) throw new Error(`Not a table alias: ${a}`);
  return Prisma.raw(a);
};

/**
 * The statuses are constants compared as the enum itself, not as text parameters: the planner then
 * knows from the column's statistics how many rows are public, and picks the search indexes.
 */
const statusSql = (a: Alias, statuses: readonly string[], enumName: string) =>
  Prisma.sql`${alias(a)}.status IN (${Prisma.raw(statuses.map((s) => `'${s}'::"${enumName}"`).join(", "))})`;
const itemSql = (a: Alias) => statusSql(a, itemStatuses, "PublicationStatus");

/** SQL conditions by kind; every level of the chain needs its alias, so none can be left out. */
export const publicSql = {
  document: (d: Alias) => statusSql(d, documentStatuses, "PublicationStatus"),
  area: (a: { area: Alias; document: Alias }) => Prisma.sql`${itemSql(a.area)} AND ${publicSql.document(a.document)}`,
  section: (a: { section: Alias; document: Alias }) => Prisma.sql`${itemSql(a.section)} AND ${publicSql.document(a.document)}`,
  /** A goal or an action. */
  planItem: (a: { item: Alias; area: Alias; document: Alias }) => Prisma.sql`${itemSql(a.item)} AND ${publicSql.area(a)}`,
  municipalItem: (x: Alias) => itemSql(x),
  /** As `publicWithinParent`: a part whose parent the same query holds to its rule. */
  withinParent: (x: Alias) => itemSql(x),
  period: (p: Alias) => statusSql(p, periodStatuses, "PeriodStatus"),
};

/**
 * Why a public document no longer steers, as lib/documents/standing.ts says it: 'replaced', 'expired'
 * (its last valid day has passed), or NULL while it is in force. Kept here with the other status rules.
 */
export const documentStandingSql = (d: Alias) =>
  Prisma.sql`CASE WHEN ${alias(d)}.status = 'REPLACED'::"PublicationStatus" THEN 'replaced' WHEN ${alias(d)}."validUntil" < current_date THEN 'expired' END`;

/** The source document of an item, as a link, only while that document is public. */
export const publicSource = {
  select: { slug: true, title: true, status: true, translations: true },
} as const;

/**
 * Who a page is rendered for: residents see only what is public; a coordinator's preview shows
 * drafts too (never archived items), with the same page components.
 */
export type Audience = "public" | "preview";
const notArchived = { status: { not: "ARCHIVED" } } as const;
/** An item of the page's own (already public) document or area. */
export const visibleItem = (audience: Audience) => (audience === "public" ? publicWithinParent : notArchived);
/** A goal or action linked from another page (in any document). */
export const visibleLinked = (audience: Audience) => (audience === "public" ? publicPlanItem : notArchived);
