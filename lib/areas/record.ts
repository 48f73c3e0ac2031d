import { db } from "@/lib/db/client";
import { sortedIds } from "@/lib/plan/links";
import { goalPageTags, planItemTags } from "@/lib/plan/tags";
import type { LoadedRecord } from "@/lib/revisions/record-kind";


export async function loadArea(id: number) {
  const row = await db.area.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      number: true,
      title: true,
      subtitle: true,
      description: true,
      direction: true,
      focus: true,
      slug: true,
      documentId: true,
      document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
      // Goal pages elsewhere list this area's actions with the area's number.
      actions: { select: { goals: { select: { goal: { select: { slug: true, document: { select: { slug: true } } } } } } } },
      agenda2030: { select: { goalNumber: true } },
      publicHealth: { select: { publicHealthArea: true } },
    },
  });
  if (!row) return null;
  const m = row.document.municipality.slug;
  return {
    entity: { type: "area", id: row.id, municipalityId: row.document.municipalityId },
    areaId: row.id,
    version: row.version,
    status: row.status,
    snapshot: {
      number: row.number,
      title: row.title,
      subtitle: row.subtitle,
      description: row.description,
      direction: row.direction,
      focus: row.focus,
      slug: row.slug,
      agenda2030: sortedIds(row.agenda2030.map((l) => l.goalNumber)),
      publicHealth: sortedIds(row.publicHealth.map((l) => l.publicHealthArea)),
    },
    tags: planItemTags(m, row.document.slug, goalPageTags(m, row.actions.flatMap((a) => a.goals.map((g) => g.goal)))),
    documentId: row.documentId,
    documentStatus: row.document.status,
    municipalitySlug: m,
    documentSlug: row.document.slug,
  } satisfies LoadedRecord & Record<string, unknown>;
}
