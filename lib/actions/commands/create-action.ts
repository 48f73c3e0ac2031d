import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { initialStatus } from "@/lib/plan/links";
import { createWithRevision } from "@/lib/revisions/save";
import { actionTags } from "../record";
import { createActionSchema } from "../schema";
import { prepareAction } from "../write";

/** A new action at the end of its area; a draft while its document is public. Returns its id. */
export const createAction = defineCommand({
  schema: createActionSchema,
  load: (data) =>
    orNotFound(
      db.area.findUnique({
        where: { id: data.areaId },
        select: {
          id: true,
          number: true,
          documentId: true,
          document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
        },
      }),
      `area ${data.areaId}`,
    ),
  authorize: (user, area) => assertCan(user, "edit", { municipalityId: area.document.municipalityId, areaId: area.id }),
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
