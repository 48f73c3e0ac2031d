import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { saveChange } from "@/lib/revisions/save";
import { loadPeriod } from "../record";
import { periodStateSchema } from "../schema";

/**
 * An administrator cancels a period that was never published (opened by mistake, or for the wrong
 * dates): it goes, with the follow-up recorded in it, so the next period can be opened. Residents never
 * saw any of it. The revision and the audit entry keep what it was (docs/decisions/121-cancel-a-period.md).
 */
export const cancelPeriod = defineCommand({
  schema: periodStateSchema,
  load: ({ id }) => orNotFound(loadPeriod(id), `period ${id}`),
  authorize: (user, period) => assertCan(user, "administer", { municipalityId: period.entity.municipalityId }),
  write: async ({ user, loaded: period, data }): Promise<number> => {
    if (period.status !== "OPEN") throw invalid({ "": ["followUp.validation.cancelPublished"] }, "followUp.validation.cancelPublished");
    return saveChange(user, {
      entity: period.entity,
      kind: "ARCHIVE",
      version: data.version,
      before: period.snapshot,
      after: { ...period.snapshot, status: "CANCELLED" },
      tags: period.tags,
      // The follow-ups, assessments and sign-offs of the period go with it (ON DELETE CASCADE).
      write: async (tx) => void (await tx.followUpPeriod.delete({ where: { id: data.id } })),
    });
  },
});
