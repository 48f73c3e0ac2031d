import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { cacheTags } from "@/lib/cache-tags";
import { initialStatus } from "@/lib/plan/links";
import { createWithRevision } from "@/lib/revisions/save";
import { createSectionSchema } from "../schema";
import { prepareSection } from "../write";

/** A new text section at the end of its document. Returns its id. */
export const createSection = defineCommand({
  schema: createSectionSchema,
  load: ({ documentId }) =>
    orNotFound(
      db.document.findUnique({
        where: { id: documentId },
        select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } },
      }),
      `document ${documentId}`,
    ),
  authorize: (user, document) => assertCan(user, "edit", { municipalityId: document.municipalityId }),
  write: async ({ user, loaded: document, data: { documentId, ...section } }): Promise<number> => {
    const prepared = prepareSection(section);
    return createWithRevision(user, {
      type: "section",
      municipalityId: document.municipalityId,
      after: prepared.snapshot,
      tags: [cacheTags.document(document.municipality.slug, document.slug)],
      create: async (tx) => {
        const last = await tx.documentSection.aggregate({ where: { documentId }, _max: { position: true } });
        const { id } = await tx.documentSection.create({
          data: { ...prepared.fields, documentId, position: (last._max.position ?? -1) + 1, status: initialStatus(document.status) },
          select: { id: true },
        });
        return id;
      },
    });
  },
});
