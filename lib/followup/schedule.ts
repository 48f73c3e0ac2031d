import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { isoDate } from "@/lib/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicDocument, publicPeriod } from "@/lib/documents/visibility";
import { newestFirst } from "./queries";

/** The latest published period, as the schedule needs it: what it covered and when it was published. */
export type PublishedPeriod = { slug: string; title: string; startsOn: string; endsOn: string; publishedAt: string | null };

/** What a document says about its own follow-up: who answers for it, and its review and validity dates. */
export type DocumentSchedule = { responsible: string | null; owner: string | null; reviewBy: string | null; validUntil: string | null };

/**
 * When the next follow-up is expected, from published facts only (an open period is a draft and never
 * read here, docs/decisions/033): after the latest published period, the next one of the same length
 * (the cadence the municipality has kept); without any published period, the document's own review date,
 * else its end of validity; else nothing can honestly be said.
 */
export type NextFollowUp =
  { kind: "period"; startsOn: string; endsOn: string } | { kind: "review"; date: string } | { kind: "validUntil"; date: string } | { kind: "unknown" };

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function nextFollowUp(
  latest: Pick<PublishedPeriod, "startsOn" | "endsOn"> | null,
  doc: Pick<DocumentSchedule, "reviewBy" | "validUntil">,
): NextFollowUp {
  if (latest) {
    const length = day(latest.endsOn) - day(latest.startsOn) + DAY;
    const startsOn = day(latest.endsOn) + DAY;
    // Calendar periods (a year, a half-year) keep their calendar shape: 2025-01-01–2025-12-31 is followed by 2026-01-01–2026-12-31.
    const sameDayNext = new Date(startsOn);
    const months = Math.round(length / (DAY * 30.44));
    const endsOn = months >= 1 ? Date.UTC(sameDayNext.getUTCFullYear(), sameDayNext.getUTCMonth() + months, 1) - DAY : startsOn + length - DAY;
    return { kind: "period", startsOn: isoDate(new Date(startsOn)), endsOn: isoDate(new Date(endsOn)) };
  }
  if (doc.reviewBy) return { kind: "review", date: doc.reviewBy };
  if (doc.validUntil) return { kind: "validUntil", date: doc.validUntil };
  return { kind: "unknown" };
}

async function schedule(m: string, where: Prisma.DocumentWhereInput) {
  const [latest, document] = await Promise.all([
    db.followUpPeriod.findFirst({
      where: { municipality: { slug: m }, ...publicPeriod },
      orderBy: newestFirst,
      select: { slug: true, title: true, startsOn: true, endsOn: true, publishedAt: true },
    }),
    db.document.findFirst({
      where,
      select: { responsible: true, owner: true, reviewBy: true, validUntil: true },
    }),
  ]);
  if (!document) return null;
  const period: PublishedPeriod | null = latest && {
    slug: latest.slug,
    title: latest.title,
    startsOn: isoDate(latest.startsOn),
    endsOn: isoDate(latest.endsOn),
    publishedAt: latest.publishedAt?.toISOString() ?? null,
  };
  const doc: DocumentSchedule = {
    responsible: document.responsible,
    owner: document.owner,
    reviewBy: document.reviewBy && isoDate(document.reviewBy),
    validUntil: document.validUntil && isoDate(document.validUntil),
  };
  return { latest: period, document: doc, next: nextFollowUp(period, doc) };
}

/** A document's follow-up schedule: the latest published period, what the document says, and when the next follow-up is due. */
export const getFollowUpSchedule = cachedQuery(
  "follow-up-schedule",
  (m: string, d: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.followUp(m)],
  (m: string, d: string) => schedule(m, { slug: d, municipality: { slug: m }, ...publicDocument }),
);
/** The coordinators' preview: the document of a record of theirs, drafts included. */
export const getFollowUpSchedulePreview = (m: string, municipalityId: number, kind: "document" | "area" | "goal" | "action", id: number) =>
  schedule(m, { municipalityId, ...(kind === "document" ? { id } : { [`${kind}s`]: { some: { id } } }) });

export type FollowUpSchedule = NonNullable<Awaited<ReturnType<typeof getFollowUpSchedule>>>;
