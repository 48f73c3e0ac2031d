import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one rule of what the public may see, used by pages, search, the open-data API, feeds and the
 * sitemap alike: a document is public when published or replaced (kept for the record); every other
 * item when published itself, and a goal or action only inside a public area of a public document.
 * Drafts and archived items never are.
 */
export const publicDocument = { status: { in: ["PUBLISHED", "REPLACED"] } } satisfies Prisma.DocumentWhereInput;

/** Any other item the public may see: published, never a draft or archived. */
export const published = { status: "PUBLISHED" } as const;

/** An area (or a section) the public may see: published itself, in a public document. */
export const publicItem = { ...published, document: publicDocument } as const;

/** A goal or action the public may see: published itself, in a public area. */
export const publicPlanItem = { ...published, area: publicItem } as const;

const publicStatuses: readonly string[] = publicDocument.status.in;
export const isPublicStatus = (status: string) => publicStatuses.includes(status);

/**
 * The document rule in SQL, for raw queries, where the document is aliased `d`. The statuses are
 * constants compared as the enum itself, not as text parameters: the planner then knows from the
 * column's statistics how many documents are public, and picks the search indexes.
 */
export const publicDocumentSql = Prisma.sql`d.status IN (${Prisma.raw(publicStatuses.map((s) => `'${s}'::"PublicationStatus"`).join(", "))})`;

/** The source document of an item, as a link, only while that document is public. */
export const publicSource = {
  select: { slug: true, title: true, status: true },
} as const;

/**
 * Who a page is rendered for: residents see only what is public; a coordinator's preview shows
 * drafts too (never archived items), with the same page components.
 */
export type Audience = "public" | "preview";
const notArchived = { status: { not: "ARCHIVED" } } as const;
/** An item of the page's own document. */
export const visibleItem = (audience: Audience) => (audience === "public" ? published : notArchived);
/** A goal or action linked from another page (in any document). */
export const visibleLinked = (audience: Audience) => (audience === "public" ? publicPlanItem : notArchived);
