import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { initialStatus } from "@/lib/plan/links";
import { planItemTags } from "@/lib/plan/tags";
import { createWithRevision } from "@/lib/revisions/save";
import { createGoalSchema } from "../schema";
import { prepareGoal } from "../write";

/** A new goal at the end of its area; a draft while its document is public. Returns its id. */
export const createGoal = defineCommand({
  schema: createGoalSchema,
  load: (data) =>
    orNotFound(
      db.area.findUnique({
        where: { id: data.areaId },
        select: {
          id: true,
          documentId: true,
          document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
        },
      }),
      `area ${data.areaId}`,
    ),
  authorize: (user, area) => assertCan(user, "edit", { municipalityId: area.document.municipalityId, areaId: area.id }),
  write: async ({ user, loaded: area, data }): Promise<number> => {
    const { document } = area;
    const prepared = await prepareGoal({ documentId: area.documentId, area }, data);
    return createWithRevision(user, {
      type: "goal",
      municipalityId: document.municipalityId,
      after: prepared.snapshot,
      tags: planItemTags(document.municipality.slug, document.slug, []),
      create: async (tx) => {
        const position = await tx.goal.count({ where: { areaId: data.areaId } });
        const { id } = await tx.goal.create({
          data: { ...prepared.fields, documentId: area.documentId, position, status: initialStatus(document.status) },
          select: { id: true },
        });
        await prepared.writeLinks(tx, id);
        return id;
      },
    });
  },
});
