import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { paths } from "@/lib/paths";
import { savePlanItem } from "@/lib/plan/save-item";
import { loadGoal } from "../record";
import { updateGoalSchema } from "../schema";
import { prepareGoal } from "../write";

/** Saves a goal's code, title, text, area and framework links; a stale version is a conflict. */
export const updateGoal = defineCommand({
  schema: updateGoalSchema,
  load: async (data) => {
    const current = await loadGoal(data.id);
    if (!current) throw notFound(`goal ${data.id}`);
    return { current, area: await db.area.findFirst({ where: { id: data.areaId, documentId: current.documentId }, select: { id: true } }) };
  },
  // Both the area it is in and the area it moves to must be the user's.
  authorize: (user, { current, area }) => {
    assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId });
    if (area) assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: area.id });
  },
  write: async ({ user, loaded: { current, area }, data }, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> => {
    const prepared = await prepareGoal({ documentId: current.documentId, area, goalId: data.id, currentSlug: current.snapshot.slug }, data);
    return savePlanItem(user, {
      current,
      version: data.version,
      kind,
      prepared,
      update: (tx) => tx.goal.update({ where: { id: data.id }, data: prepared.fields }),
      path: paths.goal,
    });
  },
});
