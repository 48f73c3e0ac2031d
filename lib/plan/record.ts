import type { PublicationStatus } from "@/lib/generated/prisma/client";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import type { Snapshot } from "@/lib/revisions/entities";
import { sortedIds } from "./links";
import { planItemTags } from "./tags";

/** What an area, goal or action is loaded with for a write, besides its own fields. */
export const planItemSelect = {
  id: true,
  version: true,
  status: true,
  documentId: true,
  document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
  agenda2030: { select: { goalNumber: true } },
  publicHealth: { select: { publicHealthArea: true } },
} as const;

type PlanItemRow = {
  id: number;
  version: number;
  status: PublicationStatus;
  documentId: number;
  document: { slug: string; status: PublicationStatus; municipalityId: number; municipality: { slug: string } };
  agenda2030: { goalNumber: number }[];
  publicHealth: { publicHealthArea: number }[];
};

/**
 * An area, goal or action as a LoadedRecord: its own fields plus its framework links in the snapshot;
 * its tags are its document's pages and `linkedPages` (the pages elsewhere that list it).
 */
export function planItemRecord<Fields extends Snapshot>(
  type: "area" | "goal" | "action",
  row: PlanItemRow,
  item: { areaId: number; fields: Fields; linkedPages: (municipalitySlug: string) => string[] },
) {
  const m = row.document.municipality.slug;
  return {
    entity: { type, id: row.id, municipalityId: row.document.municipalityId },
    areaId: item.areaId,
    version: row.version,
    status: row.status,
    snapshot: {
      ...item.fields,
      agenda2030: sortedIds(row.agenda2030.map((l) => l.goalNumber)),
      publicHealth: sortedIds(row.publicHealth.map((l) => l.publicHealthArea)),
    },
    tags: planItemTags(m, row.document.slug, item.linkedPages(m)),
    documentId: row.documentId,
    documentStatus: row.document.status,
    municipalitySlug: m,
    documentSlug: row.document.slug,
  } satisfies LoadedRecord & Record<string, unknown>;
}
