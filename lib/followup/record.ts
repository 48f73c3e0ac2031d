import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { isoDate } from "@/lib/labels";
import type { FollowUpPeriod } from "@/lib/generated/prisma/client";

/** Every public page part that shows a municipality's published follow-up, and its reports. */
export const followUpTags = (m: string) => [cacheTags.followUp(m), cacheTags.followUpReports(m)];

export const periodSnapshot = (p: Pick<FollowUpPeriod, "title" | "slug" | "startsOn" | "endsOn" | "status" | "publishedAt">) => ({
  title: p.title,
  slug: p.slug,
  startsOn: isoDate(p.startsOn),
  endsOn: isoDate(p.endsOn),
  status: p.status,
  publishedAt: p.publishedAt?.toISOString() ?? null,
});

export async function loadPeriod(id: number) {
  const row = await db.followUpPeriod.findUnique({ where: { id }, include: { municipality: { select: { slug: true } } } });
  if (!row) return null;
  return {
    entity: { type: "period" as const, id: row.id, municipalityId: row.municipalityId },
    version: row.version,
    status: row.status,
    snapshot: periodSnapshot(row),
    municipalitySlug: row.municipality.slug,
    tags: followUpTags(row.municipality.slug),
  };
}
