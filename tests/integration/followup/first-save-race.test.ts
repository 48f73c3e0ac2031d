import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { saveGoalAssessments } from "@/lib/followup/commands/save-goal-assessments";
import { createPlan } from "../../factories/plan";
import { createPeriodRow } from "../../factories/followup";
import { userWithRole } from "../../factories/users";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const PARALLEL = 20;

/** Runs the saves at once and sorts out what became of each. */
async function race(saves: (() => Promise<unknown>)[]) {
  const results = await Promise.allSettled(saves.map((save) => save()));
  const saved = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
  const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  return { saved, errors };
}

describe("concurrent first saves of one follow-up row", () => {
  it(`save exactly one of ${PARALLEL} and answer every other with the conflict that names what was saved`, async () => {
    const plan = await createPlan();
    const period = await createPeriodRow(plan.municipality.id);
    const editors = await Promise.all(Array.from({ length: PARALLEL }, () => userWithRole(plan.municipality.id, "EDITOR")));
    const key = String(plan.actions[0]!.id);
    const { saved, errors } = await race(
      editors.map(
        (editor, i) => () =>
          saveActionFollowUps(editor, { periodId: period.id, rows: { [key]: { version: 0, status: "IN_PROGRESS", comment: `Kommentar ${i}` } } }),
      ),
    );

    expect(saved).toHaveLength(1);
    expect(errors.map((e) => (e instanceof AppError ? e.code : String(e)))).toEqual(Array(PARALLEL - 1).fill("CONFLICT"));
    const winner = saved[0]!;
    for (const error of errors as AppError[]) {
      expect(error.userMessage).toBe("errors.conflict");
      expect(error.details.conflicts?.[key]).toMatchObject({
        currentVersion: 1,
        changes: expect.arrayContaining([expect.objectContaining({ field: "comment", before: null, after: `Kommentar ${winner}`, by: editors[winner]!.name })]),
      });
    }
    // Nothing lost: the one row holds the winner's text, with its one revision.
    const rows = await db.actionFollowUp.findMany({ where: { periodId: period.id } });
    expect(rows.map((r) => [r.actionId, r.comment, r.version])).toEqual([[plan.actions[0]!.id, `Kommentar ${winner}`, 1]]);
    expect(await db.revision.count({ where: { entityType: "actionFollowUp", entityId: rows[0]!.id } })).toBe(1);
  });

  it("does the same for a goal's assessment", async () => {
    const plan = await createPlan();
    const period = await createPeriodRow(plan.municipality.id);
    const editors = await Promise.all(Array.from({ length: 5 }, () => userWithRole(plan.municipality.id, "EDITOR")));
    const key = String(plan.goals[0]!.id);
    const { saved, errors } = await race(
      editors.map((editor) => () => saveGoalAssessments(editor, { periodId: period.id, rows: { [key]: { version: 0, assessment: "MET" } } })),
    );
    expect(saved).toHaveLength(1);
    expect(errors.map((e) => (e instanceof AppError ? e.code : String(e)))).toEqual(Array(4).fill("CONFLICT"));
    expect(await db.goalAssessment.count({ where: { periodId: period.id } })).toBe(1);
  });
});
