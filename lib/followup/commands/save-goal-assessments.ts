import { db } from "@/lib/db/client";
import type { z } from "zod";
import { defineCommand } from "@/lib/commands/define";
import type { GoalAssessment } from "@/lib/generated/prisma/client";
import { authorizeTable, loadTable, writeTable, type TableSpec } from "../rows";
import { saveGoalAssessmentsSchema } from "../schema";

/** Saves the assessment and analysis of many goals in one open period; all rows or none, each row's version checked. */
export const saveGoalAssessments = defineCommand({
  schema: saveGoalAssessmentsSchema,
  load: (data) => loadTable(table, data),
  authorize: (user, loaded, data) => authorizeTable(user, loaded, data, table.type),
  write: ({ user, loaded, data }) => writeTable(user, table, loaded, data.rows),
});

type Fields = Pick<GoalAssessment, "assessment" | "analysis">;

const table: TableSpec<z.output<typeof saveGoalAssessmentsSchema>["rows"][string], GoalAssessment, Fields> = {
  type: "goalAssessment",
  targetKey: "goalId",
  load: async (ids, periodId) =>
    (
      await db.goal.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true, areaId: true, document: { select: { municipalityId: true, status: true } }, assessments: { where: { periodId } } },
      })
    ).map(({ assessments, ...goal }) => ({ ...goal, existing: assessments[0] })),
  archived: { field: "assessment", message: "followUp.validation.archivedGoal" },
  fields: (row) => ({ assessment: row.assessment, analysis: row.analysis }),
  stored: ({ assessment, analysis }) => ({ assessment, analysis }),
  snapshot: (f) => f,
  create: async (tx, periodId, goalId, fields) =>
    (await tx.goalAssessment.createManyAndReturn({ data: [{ periodId, goalId, ...fields }], skipDuplicates: true, select: { id: true } }))[0]?.id ?? null,
  update: async (tx, id, fields) => void (await tx.goalAssessment.update({ where: { id }, data: fields })),
};
