import { db } from "@/lib/db/client";
import type { z } from "zod";
import { defineCommand } from "@/lib/commands/define";
import type { ActionFollowUp } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/labels";
import { authorizeTable, loadTable, writeTable, type TableSpec } from "../rows";
import { saveActionFollowUpsSchema } from "../schema";

type Fields = Pick<ActionFollowUp, "status" | "progress" | "reason" | "comment" | "responsiblePerson" | "reportedOn">;
const stored = ({ status, progress, reason, comment, responsiblePerson, reportedOn }: ActionFollowUp): Fields => ({
  status,
  progress,
  reason,
  comment,
  responsiblePerson,
  reportedOn,
});

/**
 * Saves the follow-up of many actions in one open period (the bulk table, or one row of it): status,
 * progress, reason, comment, responsible person and date (today unless given). All rows or none.
 */
export const saveActionFollowUps = defineCommand({
  schema: saveActionFollowUpsSchema,
  load: (data) => loadTable(table, data),
  authorize: (user, loaded, data) => authorizeTable(user, loaded, data, table.type),
  write: ({ user, loaded, data }) => writeTable(user, table, loaded, data.rows),
});

const today = () => isoDate(new Date());

const table: TableSpec<z.output<typeof saveActionFollowUpsSchema>["rows"][string], ActionFollowUp, Fields> = {
  type: "actionFollowUp",
  targetKey: "actionId",
  load: async (ids, periodId) =>
    (
      await db.action.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true, areaId: true, document: { select: { municipalityId: true, status: true } }, followUps: { where: { periodId } } },
      })
    ).map(({ followUps, ...action }) => ({ ...action, existing: followUps[0] })),
  archived: { field: "status", message: "followUp.validation.archivedAction" },
  fields: (row, existing) => ({
    status: row.status,
    progress: row.progress ?? null,
    reason: row.reason ?? null,
    comment: row.comment,
    responsiblePerson: row.responsiblePerson ?? null,
    reportedOn: new Date(row.reportedOn ?? (existing ? isoDate(existing.reportedOn) : today())),
  }),
  stored,
  snapshot: (f) => ({ ...f, reportedOn: isoDate(f.reportedOn) }),
  create: async (tx, periodId, actionId, fields) =>
    (await tx.actionFollowUp.createManyAndReturn({ data: [{ periodId, actionId, ...fields }], skipDuplicates: true, select: { id: true } }))[0]?.id ?? null,
  update: async (tx, id, fields) => void (await tx.actionFollowUp.update({ where: { id }, data: fields })),
};
