import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { defineCommand } from "@/lib/commands/define";
import { assertCanEditRow, assertPeriodOpenTo } from "../authorize";
import { loadPeriod } from "../record";
import { areaSignOffSchema } from "../schema";

/**
 * The editor responsible for an area (or an administrator) marks the area's follow-up in the open period
 * as ready, or takes the mark back. A sign-off has no versions to restore; the audit log keeps who and when.
 */
export const setAreaSignOff = defineCommand({
  schema: areaSignOffSchema,
  load: async (data) => ({
    period: await loadPeriod(data.periodId),
    area: await db.area.findUnique({ where: { id: data.areaId }, select: { id: true, document: { select: { municipalityId: true } } } }),
  }),
  authorize: (user, { period, area }, data) => {
    assertPeriodOpenTo(user, period, data.periodId);
    if (!area) throw notFound(`area ${data.areaId}`);
    assertCanEditRow(user, period.entity.municipalityId, { municipalityId: area.document.municipalityId, areaId: area.id });
  },
  write: async ({ user, loaded, data }): Promise<void> => {
    const area = loaded.area!;
    const { municipalityId } = loaded.period!.entity;
    const key = { periodId_areaId: { periodId: data.periodId, areaId: area.id } };
    await db.$transaction(async (tx) => {
      const before = await tx.areaSignOff.findUnique({ where: key });
      if (data.ready === Boolean(before)) return;
      const after = data.ready ? await tx.areaSignOff.create({ data: { periodId: data.periodId, areaId: area.id, signedOffBy: user.name } }) : null;
      if (!data.ready) await tx.areaSignOff.delete({ where: key });
      await audit(
        {
          userId: user.id,
          actor: user.email,
          action: data.ready ? "sign-off" : "withdraw-sign-off",
          entityType: "area",
          entityId: area.id,
          municipalityId,
          before,
          after,
        },
        tx,
      );
    });
  },
});
