import { db } from "@/lib/db/client";
import { notFound, parseInput } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import { audit } from "@/lib/audit/record";
import { assertCanEditRow, openPeriodFor } from "../record";
import { areaSignOffSchema } from "../schema";

/**
 * The editor responsible for an area (or an administrator) marks the area's follow-up in the open period
 * as ready, or takes the mark back. A sign-off has no versions to restore; the audit log keeps who and when.
 */
export async function setAreaSignOff(user: SessionUser, input: unknown): Promise<void> {
  const data = parseInput(areaSignOffSchema, input);
  const period = await openPeriodFor(user, data.periodId);
  const area = await db.area.findUnique({ where: { id: data.areaId }, select: { id: true, document: { select: { municipalityId: true } } } });
  if (!area) throw notFound(`area ${data.areaId}`);
  const { municipalityId } = period.entity;
  assertCanEditRow(user, municipalityId, { municipalityId: area.document.municipalityId, areaId: area.id });
  const key = { periodId_areaId: { periodId: data.periodId, areaId: area.id } };
  await db.$transaction(async (tx) => {
    const before = await tx.areaSignOff.findUnique({ where: key });
    if (data.ready === Boolean(before)) return;
    const after = data.ready ? await tx.areaSignOff.create({ data: { periodId: data.periodId, areaId: area.id, signedOffBy: user.name } }) : null;
    if (!data.ready) await tx.areaSignOff.delete({ where: key });
    await audit({ userId: user.id, actor: user.email, action: data.ready ? "sign-off" : "withdraw-sign-off", entityType: "area", entityId: area.id, municipalityId, before, after }, tx);
  });
}
