import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { paths } from "@/lib/paths";
import { redirectRenamed } from "@/lib/plan/links";
import { saveChange } from "@/lib/revisions/save";
import { loadDocument } from "../record";
import { updateDocumentSchema } from "../schema";
import { prepareDocument } from "../write";

/** Saves a document's metadata, relations and level names (not for editors limited to some areas). */
export const updateDocument = defineCommand({
  schema: updateDocumentSchema,
  load: (data) => orNotFound(loadDocument(data.id), `document ${data.id}`),
  authorize: (user, current) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId }),
  write: async ({ user, loaded: current, data }, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> => {
    const prepared = await prepareDocument({ municipalityId: current.entity.municipalityId, documentId: data.id, currentSlug: current.snapshot.slug }, data);
    const m = current.municipalitySlug;
    return saveChange(user, {
      entity: current.entity,
      kind,
      version: data.version,
      before: current.snapshot,
      after: prepared.snapshot,
      tags: current.tags,
      write: async (tx) => {
        await tx.document.update({ where: { id: data.id }, data: prepared.fields });
        await prepared.writeRelations(tx, data.id);
        // Every page below a renamed document keeps working: redirects match the longest path prefix.
        await redirectRenamed(tx, paths.document(m, current.snapshot.slug), paths.document(m, prepared.fields.slug));
      },
    });
  },
});
