import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { redirectRenamed } from "@/lib/plan/links";
import { saveChange } from "@/lib/revisions/save";
import { loadDocument } from "../record";
import { updateDocumentSchema } from "../schema";
import { prepareDocument } from "../write";

/** Saves a document's metadata, relations and level names (not for editors limited to some areas). */
export async function updateDocument(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const data = parseInput(updateDocumentSchema, input);
  const current = await loadDocument(data.id);
  if (!current) throw notFound(`document ${data.id}`);
  const { municipalityId } = current.entity;
  assertCan(user, "edit", { municipalityId });
  const prepared = await prepareDocument({ municipalityId, documentId: data.id, currentSlug: current.snapshot.slug }, data);
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
}
