import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import type { SessionUser } from "@/lib/auth/types";
import type { ActionFollowUp } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/labels";
import { saveTable } from "../rows";
import { saveActionFollowUpsSchema } from "../schema";

type Fields = Pick<ActionFollowUp, "status" | "progress" | "reason" | "comment" | "responsiblePerson" | "reportedOn">;
const stored = ({ status, progress, reason, comment, responsiblePerson, reportedOn }: ActionFollowUp): Fields =>
  ({ status, progress, reason, comment, responsiblePerson, reportedOn });

/**
 * Saves the follow-up of many actions in one open period (the bulk table, or one row of it): status,
 * progress, reason, comment, responsible person and date (today unless given). All rows or none.
 */
export async function saveActionFollowUps(user: SessionUser, input: unknown): Promise<void> {
  const data = parseInput(saveActionFollowUpsSchema, input);
  const today = isoDate(new Date());
  await saveTable(user, {
    type: "actionFollowUp",
    targetKey: "actionId",
    periodId: data.periodId,
    rows: data.rows,
    load: async (ids, periodId) =>
      (
        await db.action.findMany({
          where: { id: { in: ids } },
          select: { id: true, status: true, areaId: true, document: { select: { municipalityId: true, status: true } }, followUps: { where: { periodId } } },
        })
      ).map(({ followUps, ...action }) => ({ ...action, existing: followUps[0] })),
    archived: { field: "status", message: sv.followUp.validation.archivedAction },
    fields: (row, existing) => ({
      status: row.status,
      progress: row.progress ?? null,
      reason: row.reason ?? null,
      comment: row.comment,
      responsiblePerson: row.responsiblePerson ?? null,
      reportedOn: new Date(row.reportedOn ?? (existing ? isoDate(existing.reportedOn) : today)),
    }),
    stored,
    snapshot: (f) => ({ ...f, reportedOn: isoDate(f.reportedOn) }),
    create: async (tx, periodId, actionId, fields) =>
      (await tx.actionFollowUp.createManyAndReturn({ data: [{ periodId, actionId, ...fields }], skipDuplicates: true, select: { id: true } }))[0]?.id ?? null,
    update: async (tx, id, fields) => void (await tx.actionFollowUp.update({ where: { id }, data: fields })),
  });
}
