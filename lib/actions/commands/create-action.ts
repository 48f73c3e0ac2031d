import { defineCommand } from "@/lib/commands/define";
import { initialStatus } from "@/lib/plan/links";
import { authorizeInArea, loadTargetArea } from "@/lib/plan/target-area";
import { createWithRevision } from "@/lib/revisions/save";
import { actionTags } from "../record";
import { createActionSchema } from "../schema";
import { prepareAction } from "../write";

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
      create: async (tx) => {
        const position = await tx.action.count({ where: { areaId: data.areaId } });
        const { id } = await tx.action.create({
          data: { ...prepared.fields, documentId: area.documentId, position, status: initialStatus(document.status) },
          select: { id: true },
        });
        await prepared.writeLinks(tx, id);
        return id;
      },
    });
  },
});
