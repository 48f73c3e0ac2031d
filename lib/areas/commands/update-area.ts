import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { savePlanItem } from "@/lib/plan/save-item";
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
  return savePlanItem(user, {
    current,
    version: data.version,
    kind,
    prepared,
    update: (tx) => tx.area.update({ where: { id: data.id }, data: prepared.fields }),
    path: paths.area,
  });
}
