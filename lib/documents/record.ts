import { db, type Db } from "@/lib/db/client";
import type { Tx } from "@/lib/revisions/save";
import { cacheTags } from "@/lib/cache-tags";
import { isoDate } from "@/lib/labels";
import { sortedIds } from "@/lib/plan/links";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import { storedTranslations, translationSnapshot } from "@/lib/translations/schema";

/**
 * A document's title and metadata appear on every page below it, on its municipality's pages (lists,
 * related documents, goal pages listing its actions) and on the Agenda 2030 pages: a change expires them all.
 */
export const documentTags = (m: string) => [cacheTags.municipality(m), cacheTags.municipalities(), cacheTags.agenda2030(), cacheTags.followUpReports(m)];

const date = (d: Date | null) => (d ? isoDate(d) : null);

export async function loadDocument(id: number, client: Db | Tx = db) {
  const row = await client.document.findUnique({
    where: { id },
    include: { municipality: { select: { slug: true } }, replaces: { select: { replacedId: true } } },
  });
  if (!row) return null;
  return {
    entity: { type: "document", id: row.id, municipalityId: row.municipalityId },
    areaId: null,
    version: row.version,
    status: row.status,
    snapshot: {
      kind: row.kind.toLowerCase(),
      title: row.title,
      subtitle: row.subtitle,
      summary: row.summary,
      registrationNumber: row.registrationNumber,
      adoptedBy: row.adoptedBy,
      adoptedOn: date(row.adoptedOn),
      validUntil: date(row.validUntil),
      reviewBy: date(row.reviewBy),
      responsible: row.responsible,
      owner: row.owner,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      slug: row.slug,
      concretisesId: row.concretisesId,
      replacesIds: sortedIds(row.replaces.map((r) => r.replacedId)),
      areaLabel: row.areaLabel,
      areaLabelPlural: row.areaLabelPlural,
      goalLabel: row.goalLabel,
      goalLabelPlural: row.goalLabelPlural,
      actionLabel: row.actionLabel,
      actionLabelPlural: row.actionLabelPlural,
      ...translationSnapshot(storedTranslations(row.translations)),
    },
    tags: documentTags(row.municipality.slug),
    municipalitySlug: row.municipality.slug,
  } satisfies LoadedRecord & Record<string, unknown>;
}
