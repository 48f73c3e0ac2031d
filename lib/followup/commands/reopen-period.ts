import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { saveChange } from "@/lib/revisions/save";
import { loadPeriod } from "../record";
import { periodStateSchema } from "../schema";

/** An administrator takes a published period back for corrections: it is hidden from the public until published again. */
export const reopenPeriod = defineCommand({
  schema: periodStateSchema,
  load: ({ id }) => orNotFound(loadPeriod(id), `period ${id}`),
  authorize: (user, period) => assertCan(user, "administer", { municipalityId: period.entity.municipalityId }),
  write: async ({ user, loaded: period, data }): Promise<number> => {
    const { municipalityId } = period.entity;
    if (period.status !== "PUBLISHED") throw invalid({ "": ["followUp.validation.notPublished"] }, "followUp.validation.notPublished");
    if (await db.followUpPeriod.findFirst({ where: { municipalityId, status: "OPEN" }, select: { id: true } })) {
      throw invalid({ "": ["followUp.validation.anotherOpen"] }, "followUp.validation.anotherOpen");
    }
    return saveChange(user, {
      entity: period.entity,
      kind: "UPDATE",
      version: data.version,
      before: period.snapshot,
      after: { ...period.snapshot, status: "OPEN", publishedAt: null },
      tags: period.tags,
      write: async (tx) => void (await tx.followUpPeriod.update({ where: { id: data.id }, data: { status: "OPEN", publishedAt: null } })),
    });
  },
});
