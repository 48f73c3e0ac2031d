import { db } from "@/lib/db/client";
import { notFound, parseInput } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import { initialStatus } from "@/lib/plan/links";
import { createWithRevision } from "@/lib/revisions/save";
import { actionTags } from "../record";
import { createActionSchema } from "../schema";
import { prepareAction } from "../write";

/** A new action at the end of its area; a draft while its document is public. Returns its id. */
export async function createAction(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(createActionSchema, input);
  const area = await db.area.findUnique({
    where: { id: data.areaId },
    select: { documentId: true, document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } } },
  });
  if (!area) throw notFound(`area ${data.areaId}`);
  const { document } = area;
  const prepared = await prepareAction(user, { municipalityId: document.municipalityId, documentId: area.documentId }, data);
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
}
