import { db } from "@/lib/db/client";
import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { createWithRevision } from "@/lib/revisions/save";
import { documentTags } from "../record";
import { createDocumentSchema } from "../schema";
import { prepareDocument } from "../write";

/** A new document, always a draft until it is published. Returns its id. */
export async function createDocument(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(createDocumentSchema, input);
  assertCan(user, "edit", { municipalityId: data.municipalityId });
  const municipality = await db.municipality.findUnique({ where: { id: data.municipalityId }, select: { slug: true } });
  if (!municipality) throw notFound(`municipality ${data.municipalityId}`);
  const prepared = await prepareDocument({ municipalityId: data.municipalityId }, data);
  return createWithRevision(user, {
    type: "document",
    municipalityId: data.municipalityId,
    after: prepared.snapshot,
    tags: documentTags(municipality.slug),
    create: async (tx) => {
      const position = await tx.document.count({ where: { municipalityId: data.municipalityId } });
      const { id } = await tx.document.create({ data: { ...prepared.fields, municipalityId: data.municipalityId, position, status: "DRAFT" }, select: { id: true } });
      await prepared.writeRelations(tx, id);
      return id;
    },
  });
}
