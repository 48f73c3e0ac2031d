import { defineCommand } from "@/lib/commands/define";
import { authorizeInArea, loadTargetArea } from "@/lib/plan/target-area";
import { planItemTags } from "@/lib/plan/tags";
import { createWithRevision } from "@/lib/revisions/save";
import { createGoalSchema } from "../schema";
import { insertGoal, prepareGoal } from "../write";

/** A new goal at the end of its area; a draft while its document is public. Returns its id. */
export const createGoal = defineCommand({
  schema: createGoalSchema,
  load: (data) => loadTargetArea(data.areaId),
  authorize: authorizeInArea,
  write: async ({ user, loaded: area, data }): Promise<number> => {
    const { document } = area;
    const prepared = await prepareGoal({ documentId: area.documentId, area }, data);
    return createWithRevision(user, {
      type: "goal",
      municipalityId: document.municipalityId,
      after: prepared.snapshot,
      tags: planItemTags(document.municipality.slug, document.slug, []),
      create: (tx) => insertGoal(tx, { documentId: area.documentId, documentStatus: document.status }, prepared),
    });
  },
});
