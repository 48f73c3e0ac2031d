import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { planItemTags } from "@/lib/plan/tags";
import { createWithRevision } from "@/lib/revisions/save";
import { createAreaSchema } from "../schema";
import { insertArea, prepareArea } from "../write";

/** A new area at the end of its document (not for editors limited to some areas). Returns its id. */
export const createArea = defineCommand({
  schema: createAreaSchema,
  load: (data) =>
    orNotFound(
      db.document.findUnique({
        where: { id: data.documentId },
        select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } },
      }),
      `document ${data.documentId}`,
    ),
  authorize: (user, document) => assertCan(user, "edit", { municipalityId: document.municipalityId }),
  write: async ({ user, loaded: document, data }): Promise<number> => {
    const prepared = await prepareArea({ documentId: data.documentId }, data);
    return createWithRevision(user, {
      type: "area",
      municipalityId: document.municipalityId,
      after: prepared.snapshot,
      tags: planItemTags(document.municipality.slug, document.slug, []),
      create: (tx) => insertArea(tx, { documentId: data.documentId, documentStatus: document.status }, prepared),
    });
  },
});
