import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { paths } from "@/lib/paths";
import { savePlanItem } from "@/lib/plan/save-item";
import { actionTags, loadAction } from "../record";
import { updateActionSchema } from "../schema";
import { prepareAction, targetArea } from "../write";

/** Saves an action's text, number, area and links; refused as a conflict if someone saved in between. */
export const updateAction = defineCommand({
  schema: updateActionSchema,
  load: async (data) => {
    const current = await loadAction(data.id);
    if (!current) throw notFound(`action ${data.id}`);
    return { current, area: await targetArea(data.areaId, current.documentId) };
  },
  // Both the area it is in and the area it moves to must be the user's.
  authorize: (user, { current, area }) => {
    assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId });
    if (area) assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: area.id });
  },
  write: async ({ user, loaded: { current, area }, data }, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> => {
    const scope = {
      municipalityId: current.entity.municipalityId,
      documentId: current.documentId,
      area,
      actionId: data.id,
      currentSlug: current.snapshot.slug,
    };
    const prepared = await prepareAction(scope, data);
    return savePlanItem(user, {
      current,
      version: data.version,
      kind,
      prepared,
      // Goal pages of goals it now serves show it too.
      tagsAfter: actionTags(current.municipalitySlug, current.documentSlug, prepared.goals),
      update: (tx) => tx.action.update({ where: { id: data.id }, data: prepared.fields }),
      path: paths.action,
    });
  },
});
