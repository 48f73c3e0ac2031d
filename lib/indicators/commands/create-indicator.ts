import { parseInput } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import { createWithRevision } from "@/lib/revisions/save";
import { indicatorSnapshot } from "../record";
import { createIndicatorSchema } from "../schema";
import { prepareIndicator } from "../write";

/** A new indicator, a draft until published (its goal pages show it from then on). Returns its id. */
export async function createIndicator(user: SessionUser, input: unknown): Promise<number> {
  const { municipalityId, ...data } = parseInput(createIndicatorSchema, input);
  const prepared = await prepareIndicator(user, { municipalityId }, data);
  return createWithRevision(user, {
    type: "indicator",
    municipalityId,
    after: indicatorSnapshot(prepared.fields, data.goalIds, []),
    // A draft shows on no public page.
    tags: [],
    create: async (tx) => {
      const position = await tx.indicator.count({ where: { municipalityId } });
      const { id } = await tx.indicator.create({ data: { ...prepared.fields, municipalityId, position, status: "DRAFT" }, select: { id: true } });
      await prepared.writeGoals(tx, id);
      return id;
    },
  });
}
