import type { SessionUser } from "@/lib/auth/types";
import type { Snapshot } from "@/lib/revisions/entities";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import { saveChange, type Tx } from "@/lib/revisions/save";
import { redirectRenamed } from "./links";

type PlanItem = LoadedRecord & { municipalitySlug: string; documentSlug: string; snapshot: Snapshot & { slug: string } };
type Prepared = { snapshot: Snapshot; fields: { slug: string }; writeLinks: (tx: Tx, id: number) => Promise<void> };

/**
 * The save every area, goal and action update ends with: its columns and links in the write path, and
 * a redirect from its old address when it was renamed.
 */
export function savePlanItem(
  user: SessionUser,
  change: {
    current: PlanItem;
    version: number;
    kind: "UPDATE" | "RESTORE";
    prepared: Prepared;
    /** Pages that show the item after the change (before it: the loader's tags). */
    tagsAfter?: string[];
    update: (tx: Tx) => Promise<unknown>;
    path: (m: string, d: string, slug: string) => string;
  },
): Promise<number> {
  const { current, prepared, path } = change;
  const { municipalitySlug: m, documentSlug: d } = current;
  return saveChange(user, {
    entity: current.entity,
    kind: change.kind,
    version: change.version,
    before: current.snapshot,
    after: prepared.snapshot,
    tags: [...current.tags, ...(change.tagsAfter ?? [])],
    write: async (tx) => {
      await change.update(tx);
      await prepared.writeLinks(tx, current.entity.id);
      await redirectRenamed(tx, path(m, d, current.snapshot.slug), path(m, d, prepared.fields.slug));
    },
  });
}
