import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { paths } from "@/lib/paths";
import { savePlanItem } from "@/lib/plan/save-item";
import { loadArea } from "../record";
import { updateAreaSchema } from "../schema";
import { prepareArea } from "../write";

/** Saves an area's texts, focus list and framework links; a stale version is a conflict. */
export const updateArea = defineCommand({
  schema: updateAreaSchema,
  load: (data) => orNotFound(loadArea(data.id), `area ${data.id}`),
  authorize: (user, current) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId }),
  write: async ({ user, loaded: current, data }, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> => {
    const prepared = await prepareArea({ documentId: current.documentId, areaId: data.id, currentSlug: current.snapshot.slug }, data);
    return savePlanItem(user, {
      current,
      version: data.version,
      kind,
      prepared,
      update: (tx) => tx.area.update({ where: { id: data.id }, data: prepared.fields }),
      path: paths.area,
    });
  },
});
