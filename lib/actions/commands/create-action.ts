import { defineCommand } from "@/lib/commands/define";
import { authorizeInArea, loadTargetArea } from "@/lib/plan/target-area";
import { createWithRevision } from "@/lib/revisions/save";
import { actionTags } from "../record";
import { createActionSchema } from "../schema";
import { insertAction, prepareAction } from "../write";

/** A new action at the end of its area; a draft while its document is public. Returns its id. */
export const createAction = defineCommand({
  schema: createActionSchema,
  load: (data) => loadTargetArea(data.areaId),
  authorize: authorizeInArea,
  write: async ({ user, loaded: area, data }): Promise<number> => {
    const { document } = area;
    const prepared = await prepareAction({ municipalityId: document.municipalityId, documentId: area.documentId, area }, data);
    return createWithRevision(user, {
      type: "action",
      municipalityId: document.municipalityId,
      after: prepared.snapshot,
      tags: actionTags(document.municipality.slug, document.slug, prepared.goals),
      create: (tx) => insertAction(tx, { documentId: area.documentId, documentStatus: document.status }, prepared),
    });
  },
});
