import type { Prisma } from "@/lib/generated/prisma/client";

/** What the public may see: published documents and replaced ones kept for the record. Never drafts or archived ones. */
export const publicDocument = { status: { in: ["PUBLISHED", "REPLACED"] } } satisfies Prisma.DocumentWhereInput;

/** Any other item the public may see: published, never a draft or archived. */
export const published = { status: "PUBLISHED" } as const;

/** An area, goal or action the public may see: published itself, in a public document. */
export const publicItem = { ...published, document: publicDocument } as const;

/** The source document of an item, as a link, only while that document is public. */
export const publicSource = {
  select: { slug: true, title: true, status: true },
} as const;

const publicStatuses: readonly string[] = publicDocument.status.in;
export const isPublicStatus = (status: string) => publicStatuses.includes(status);

/**
 * Who a page is rendered for: residents see only what is public; a coordinator's preview shows
 * drafts too (never archived items), with the same page components.
 */
export type Audience = "public" | "preview";
const notArchived = { status: { not: "ARCHIVED" } } as const;
/** An item of the page's own document. */
export const visibleItem = (audience: Audience) => (audience === "public" ? published : notArchived);
/** An item linked from another document. */
export const visibleLinked = (audience: Audience) => (audience === "public" ? publicItem : notArchived);
