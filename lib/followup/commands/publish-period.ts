import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { saveChange } from "@/lib/revisions/save";
import { loadPeriod } from "../record";
import { periodStateSchema } from "../schema";

/**
 * An administrator publishes the open period: its follow-ups and assessments become public at once on
 * every action, goal, area and document page of the municipality, in its reports and feed.
 */
export const publishPeriod = defineCommand({
  schema: periodStateSchema,
  load: ({ id }) => orNotFound(loadPeriod(id), `period ${id}`),
  authorize: (user, period) => assertCan(user, "administer", { municipalityId: period.entity.municipalityId }),
  write: async ({ user, loaded: period, data }): Promise<number> => {
    if (period.status !== "OPEN") throw invalid({ "": ["followUp.validation.alreadyPublished"] }, "followUp.validation.alreadyPublished");
    const publishedAt = new Date();
    return saveChange(user, {
      entity: period.entity,
      kind: "PUBLISH",
      version: data.version,
      before: period.snapshot,
      after: { ...period.snapshot, status: "PUBLISHED", publishedAt: publishedAt.toISOString() },
      tags: period.tags,
      write: async (tx) => void (await tx.followUpPeriod.update({ where: { id: data.id }, data: { status: "PUBLISHED", publishedAt } })),
    });
  },
});
