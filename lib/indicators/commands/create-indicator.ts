import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { createWithRevision } from "@/lib/revisions/save";
import { indicatorSnapshot } from "../record";
import { createIndicatorSchema } from "../schema";
import { prepareIndicator } from "../write";

/** A new indicator, a draft until published (its goal pages show it from then on). Returns its id. */
export const createIndicator = defineCommand({
  schema: createIndicatorSchema,
  // Indicators belong to the whole municipality: editors limited to areas may not add them.
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "edit", { municipalityId }),
  write: async ({ user, data: { municipalityId, ...data } }): Promise<number> => {
    const prepared = await prepareIndicator({ municipalityId }, data);
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
  },
});
