import { db } from "@/lib/db/client";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
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

/**
 * The period a follow-up write goes into: it must exist, the user must belong to its municipality,
 * and it must be open (a published period is changed only after an administrator reopens it).
 */
export async function openPeriodFor(user: SessionUser, periodId: number) {
  const period = await loadPeriod(periodId);
  if (!period) throw notFound(`period ${periodId}`);
  assertCan(user, "view", { municipalityId: period.entity.municipalityId });
  if (period.status !== "OPEN") throw invalid({ "": [sv.followUp.validation.periodNotOpen] }, sv.followUp.validation.periodNotOpen);
  return period;
}

/** A row's record must lie in the period's municipality; another municipality's is refused, not looked up. */
export function assertCanEditRow(user: SessionUser, periodMunicipalityId: number, item: { municipalityId: number; areaId: number }) {
  assertCan(user, "edit", item);
  if (item.municipalityId !== periodMunicipalityId) throw forbidden(`row of municipality ${item.municipalityId} in a period of ${periodMunicipalityId}`);
}
