import { db } from "@/lib/db/client";
import { notFound, parseInput } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import { initialStatus } from "@/lib/plan/links";
import { planItemTags } from "@/lib/plan/tags";
import { createWithRevision } from "@/lib/revisions/save";
import { createGoalSchema } from "../schema";
import { prepareGoal } from "../write";

/** A new goal at the end of its area; a draft while its document is public. Returns its id. */
export async function createGoal(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(createGoalSchema, input);
  const area = await db.area.findUnique({
    where: { id: data.areaId },
    select: { documentId: true, document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } } },
  });
  if (!area) throw notFound(`area ${data.areaId}`);
  const { document } = area;
  const prepared = await prepareGoal(user, { municipalityId: document.municipalityId, documentId: area.documentId }, data);
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
}
