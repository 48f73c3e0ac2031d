import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import type { LoadedRecord } from "@/lib/revisions/record-kind";

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/** Every public page that shows an action: its document's pages, the goal pages it serves (in any document), Agenda 2030, follow-up reports. */
export function actionTags(m: string, d: string, goals: { slug: string; document: { slug: string } }[]) {
  return [cacheTags.document(m, d), ...goals.map((g) => cacheTags.page(paths.goal(m, g.document.slug, g.slug))), cacheTags.agenda2030(), cacheTags.followUpReports(m)];
}

export async function loadAction(id: number) {
  const row = await db.action.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      number: true,
      title: true,
      text: true,
      slug: true,
      areaId: true,
      documentId: true,
      document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
      goals: { select: { goalId: true, goal: { select: { slug: true, document: { select: { slug: true } } } } } },
      organisations: { select: { organisationId: true, role: true } },
      agenda2030: { select: { goalNumber: true } },
      publicHealth: { select: { publicHealthArea: true } },
    },
  });
  if (!row) return null;
  const m = row.document.municipality.slug;
  const byRole = (role: string) => sorted(row.organisations.filter((o) => o.role === role).map((o) => o.organisationId));
  return {
    entity: { type: "action", id: row.id, municipalityId: row.document.municipalityId },
    areaId: row.areaId,
    version: row.version,
    status: row.status,
    snapshot: {
      number: row.number,
      title: row.title,
      text: row.text,
      slug: row.slug,
      areaId: row.areaId,
      goalIds: sorted(row.goals.map((g) => g.goalId)),
      responsibleIds: byRole("RESPONSIBLE"),
      partnerIds: byRole("PARTNER"),
      agenda2030: sorted(row.agenda2030.map((l) => l.goalNumber)),
      publicHealth: sorted(row.publicHealth.map((l) => l.publicHealthArea)),
    },
    tags: actionTags(m, row.document.slug, row.goals.map((g) => g.goal)),
    documentId: row.documentId,
    documentStatus: row.document.status,
    municipalitySlug: m,
    documentSlug: row.document.slug,
  } satisfies LoadedRecord & Record<string, unknown>;
}
