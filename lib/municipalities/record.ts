import { db, type Db } from "@/lib/db/client";
import type { Tx } from "@/lib/revisions/save";
import { cacheTags } from "@/lib/cache-tags";
import type { LoadedRecord } from "@/lib/revisions/record-kind";

/** Its own pages, the lists of municipalities and the Agenda 2030 pages, which name it. */
export const municipalityTags = (m: string) => [cacheTags.municipalities(), cacheTags.municipality(m), cacheTags.agenda2030()];

export async function loadMunicipality(id: number, client: Db | Tx = db) {
  const row = await client.municipality.findUnique({
    where: { id },
    select: { slug: true, version: true, name: true, shortName: true, intro: true, contact: true },
  });
  if (!row) return null;
  const { slug, version, ...snapshot } = row;
  return {
    entity: { type: "municipality", id, municipalityId: id },
    areaId: null,
    version,
    status: "PUBLISHED",
    snapshot,
    tags: municipalityTags(slug),
  } satisfies LoadedRecord;
}
