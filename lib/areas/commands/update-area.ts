import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { redirectRenamed } from "@/lib/plan/links";
import { saveChange } from "@/lib/revisions/save";
import { loadArea } from "../record";
import { updateAreaSchema } from "../schema";
import { prepareArea } from "../write";

/** Saves an area's texts, focus list and framework links; a stale version is a conflict. */
export async function updateArea(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const data = parseInput(updateAreaSchema, input);
  const current = await loadArea(data.id);
  if (!current) throw notFound(`area ${data.id}`);
  assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId });
  const prepared = await prepareArea({ documentId: current.documentId, areaId: data.id, currentSlug: current.snapshot.slug }, data);
  const { municipalitySlug: m, documentSlug: d } = current;
  return saveChange(user, {
    entity: current.entity,
    kind,
    version: data.version,
    before: current.snapshot,
    after: prepared.snapshot,
    tags: current.tags,
    write: async (tx) => {
      await tx.area.update({ where: { id: data.id }, data: prepared.fields });
      await prepared.writeLinks(tx, data.id);
      await redirectRenamed(tx, paths.area(m, d, current.snapshot.slug), paths.area(m, d, prepared.fields.slug));
    },
  });
}
