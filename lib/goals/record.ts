import { db } from "@/lib/db/client";
import { sortedIds } from "@/lib/plan/links";
import { actionPageTags, planItemTags } from "@/lib/plan/tags";
import type { LoadedRecord } from "@/lib/revisions/record-kind";


export async function loadGoal(id: number) {
  const row = await db.goal.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      code: true,
      title: true,
      text: true,
      slug: true,
      areaId: true,
      documentId: true,
      document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
      actions: { select: { action: { select: { slug: true, document: { select: { slug: true } } } } } },
      agenda2030: { select: { goalNumber: true } },
      publicHealth: { select: { publicHealthArea: true } },
    },
  });
  if (!row) return null;
  const m = row.document.municipality.slug;
  return {
    entity: { type: "goal", id: row.id, municipalityId: row.document.municipalityId },
    areaId: row.areaId,
    version: row.version,
    status: row.status,
    snapshot: {
      code: row.code,
      title: row.title,
      text: row.text,
      slug: row.slug,
      areaId: row.areaId,
      agenda2030: sortedIds(row.agenda2030.map((l) => l.goalNumber)),
      publicHealth: sortedIds(row.publicHealth.map((l) => l.publicHealthArea)),
    },
    tags: planItemTags(m, row.document.slug, actionPageTags(m, row.actions.map((a) => a.action))),
    documentId: row.documentId,
    documentStatus: row.document.status,
    municipalitySlug: m,
    documentSlug: row.document.slug,
  } satisfies LoadedRecord & Record<string, unknown>;
}
