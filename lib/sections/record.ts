import { db, type Db } from "@/lib/db/client";
import type { Tx } from "@/lib/revisions/save";
import { cacheTags } from "@/lib/cache-tags";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import { storedTranslations, translationSnapshot } from "@/lib/translations/schema";

export async function loadSection(id: number, client: Db | Tx = db) {
  const row = await client.documentSection.findUnique({
    where: { id },
    include: { document: { select: { slug: true, municipalityId: true, municipality: { select: { slug: true } } } } },
  });
  if (!row) return null;
  return {
    entity: { type: "section", id: row.id, municipalityId: row.document.municipalityId },
    areaId: null,
    version: row.version,
    status: row.status,
    snapshot: { heading: row.heading, level: row.level, body: row.body, ...translationSnapshot(storedTranslations(row.translations)) },
    // Sections appear only on their document's own page.
    tags: [cacheTags.document(row.document.municipality.slug, row.document.slug)],
    documentId: row.documentId,
  } satisfies LoadedRecord & Record<string, unknown>;
}
