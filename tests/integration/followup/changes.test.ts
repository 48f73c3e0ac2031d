import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getGoalChanges } from "@/lib/followup/changes";
import { createPlan } from "../../factories/plan";
import { createIndicatorRow, createPeriodRow } from "../../factories/followup";

vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), unstable_cache: <T>(fn: T) => fn }));

describe("what changed on a goal's page since a date", () => {
  it("lists periods published since then (assessment, and each serving action's status against the one before) and new indicator values", async () => {
    const plan = await createPlan();
    const goal = plan.goals[0]!;
    const p2025 = await createPeriodRow(plan.municipality.id, { year: 2025, status: "PUBLISHED" }); // published 2026-02-01
    const p2026 = await createPeriodRow(plan.municipality.id, { year: 2026, status: "PUBLISHED" }); // published 2027-02-01
    const draft = await createPeriodRow(plan.municipality.id, { year: 2027 });
    const action = plan.actions[0]!.id;
    await db.actionFollowUp.createMany({
      data: [
        { periodId: p2025.id, actionId: action, status: "IN_PROGRESS", reportedOn: new Date("2025-12-01") },
        { periodId: p2026.id, actionId: action, status: "DONE", reportedOn: new Date("2026-12-01") },
        { periodId: draft.id, actionId: action, status: "CANCELLED", reportedOn: new Date("2027-06-01") },
      ],
    });
    await db.goalAssessment.create({ data: { periodId: p2026.id, goalId: goal.id, assessment: "MET" } });
    const indicator = await createIndicatorRow(plan.municipality.id, { goalIds: [goal.id] });
    await db.indicatorValue.create({
      data: { indicatorId: indicator.id, year: 2026, value: 71.5, source: "MANUAL", updatedAt: new Date("2027-03-01T08:00:00Z") },
    });

    const changes = await getGoalChanges(plan.municipality.slug, "strategi", goal.slug, "2026-06-01");
    expect(changes).toEqual([
      { kind: "indicator", at: "2027-03-01T08:00:00.000Z", indicator: "Andel med gymnasieexamen", year: 2026, value: 71.5, valueType: "PERCENT" },
      { kind: "assessment", at: "2027-02-01T10:00:00.000Z", period: expect.objectContaining({ slug: "2026" }), assessment: "MET" },
      {
        kind: "action",
        at: "2027-02-01T10:00:00.000Z",
        period: expect.objectContaining({ slug: "2026" }),
        action: {
          level: "action",
          label: "Åtgärd",
          number: "1.1",
          title: "Åtgärd 1.1",
          translations: {},
          href: `/${plan.municipality.slug}/dokument/handlingsplan/atgard/1-1-atgard`,
        },
        from: "IN_PROGRESS",
        to: "DONE",
      },
    ]);
    expect(await getGoalChanges(plan.municipality.slug, "strategi", goal.slug, "2027-04-01")).toEqual([]);
  });
});
