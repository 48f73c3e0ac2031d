import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { createWithRevision } from "@/lib/revisions/save";
import { documentTags } from "../record";
import { createDocumentSchema } from "../schema";
import { insertDocument, prepareDocument } from "../write";

/** A new document, always a draft until it is published. Returns its id. */
export const createDocument = defineCommand({
  schema: createDocumentSchema,
  load: (data) => db.municipality.findUnique({ where: { id: data.municipalityId }, select: { slug: true } }),
  // The municipality named in the input, whether or not it exists: a stranger learns nothing.
  authorize: (user, _municipality, data) => assertCan(user, "edit", { municipalityId: data.municipalityId }),
  write: async ({ user, loaded: municipality, data }): Promise<number> => {
    if (!municipality) throw notFound(`municipality ${data.municipalityId}`);
    const prepared = await prepareDocument({ municipalityId: data.municipalityId }, data);
    return createWithRevision(user, {
      type: "document",
      municipalityId: data.municipalityId,
      after: prepared.snapshot,
      tags: documentTags(municipality.slug),
      create: (tx) => insertDocument(tx, data.municipalityId, prepared),
    });
  },
});
