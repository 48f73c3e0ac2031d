import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import type { SessionUser } from "@/lib/auth/types";
import { saveTable } from "../rows";
import { saveGoalAssessmentsSchema } from "../schema";

/** Saves the assessment and analysis of many goals in one open period; all rows or none, each row's version checked. */
export async function saveGoalAssessments(user: SessionUser, input: unknown): Promise<void> {
  const data = parseInput(saveGoalAssessmentsSchema, input);
  await saveTable(user, {
    type: "goalAssessment",
    targetKey: "goalId",
    periodId: data.periodId,
    rows: data.rows,
    load: async (ids, periodId) =>
      (
        await db.goal.findMany({
          where: { id: { in: ids } },
          select: { id: true, status: true, areaId: true, document: { select: { municipalityId: true, status: true } }, assessments: { where: { periodId } } },
        })
      ).map(({ assessments, ...goal }) => ({ ...goal, existing: assessments[0] })),
    archived: { field: "assessment", message: sv.followUp.validation.archivedGoal },
    fields: (row) => ({ assessment: row.assessment, analysis: row.analysis }),
    stored: ({ assessment, analysis }) => ({ assessment, analysis }),
    snapshot: (f) => f,
    create: async (tx, periodId, goalId, fields) =>
      (await tx.goalAssessment.createManyAndReturn({ data: [{ periodId, goalId, ...fields }], skipDuplicates: true, select: { id: true } }))[0]?.id ?? null,
    update: async (tx, id, fields) => void (await tx.goalAssessment.update({ where: { id }, data: fields })),
  });
}
