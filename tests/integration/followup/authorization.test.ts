import { describe, expect, it, vi } from "vitest";
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { publishPeriod } from "@/lib/followup/commands/publish-period";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { saveGoalAssessments } from "@/lib/followup/commands/save-goal-assessments";
import { setAreaSignOff } from "@/lib/followup/commands/set-area-sign-off";
import { createIndicator } from "@/lib/indicators/commands/create-indicator";
import { setIndicatorValues } from "@/lib/indicators/commands/set-indicator-values";
import { importKolada } from "@/lib/kolada/commands/import-kolada";
import { createPlan, type Plan } from "../../factories/plan";
import { createIndicatorRow, createPeriodRow, KOLADA_FIXTURE } from "../../factories/followup";
import { userWithRole } from "../../factories/users";

vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidateTag: () => undefined }));

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

/** Everything a follow-up coordinator can write, aimed at the plan's first area and its municipality. */
async function attempts(plan: Plan, user: SessionUser) {
  const period = await db.followUpPeriod.findFirstOrThrow({ where: { municipalityId: plan.municipality.id } });
  const indicator = await db.indicator.findFirstOrThrow({ where: { municipalityId: plan.municipality.id } });
  const m = plan.municipality.id;
  return {
    "follow up an action": () => saveActionFollowUps(user, { periodId: period.id, rows: { [plan.actions[0]!.id]: { version: 0, status: "DONE" } } }),
    "assess a goal": () => saveGoalAssessments(user, { periodId: period.id, rows: { [plan.goals[0]!.id]: { version: 0, assessment: "MET" } } }),
    "sign off an area": () => setAreaSignOff(user, { periodId: period.id, areaId: plan.planAreas[0]!.id, ready: true }),
    "open a period": () => createPeriod(user, { municipalityId: m, title: "Uppföljning 2030", slug: "2030", startsOn: "2030-01-01", endsOn: "2030-12-31" }),
    "publish the period": () => publishPeriod(user, { id: period.id, version: period.version }),
    "create an indicator": () => createIndicator(user, { municipalityId: m, name: "Ny", unit: "procent", valueType: "PERCENT", higherIsBetter: true }),
    "enter indicator values": () => setIndicatorValues(user, { id: indicator.id, version: 1, rows: { ny1: { year: 2024, total: 50 } } }),
    "import from Kolada": async () => importKolada(user, { municipalityId: m, json: await readFile(KOLADA_FIXTURE, "utf8") }),
  };
}

async function snapshot(plan: Plan) {
  const m = plan.municipality.id;
  return {
    followUps: await db.actionFollowUp.count({ where: { action: { document: { municipalityId: m } } } }),
    assessments: await db.goalAssessment.count({ where: { goal: { document: { municipalityId: m } } } }),
    signOffs: await db.areaSignOff.count({ where: { area: { document: { municipalityId: m } } } }),
    periods: await db.followUpPeriod.findMany({ where: { municipalityId: m }, select: { status: true, version: true } }),
    indicators: await db.indicator.count({ where: { municipalityId: m } }),
    values: await db.indicatorValue.count({ where: { indicator: { municipalityId: m } } }),
    revisions: await db.revision.count({ where: { municipalityId: m } }),
  };
}

describe("who may record follow-up", () => {
  it.each([
    ["a reviewer", "REVIEWER", "own"],
    ["an editor limited to another area", "EDITOR", "limited"],
    ["an administrator of another municipality", "ADMIN", "other"],
  ] as const)("refuses %s every write, and nothing changes", async (_case, role, where) => {
    const plan = await createPlan();
    await createPeriodRow(plan.municipality.id);
    await createIndicatorRow(plan.municipality.id, { koladaKpi: "N00945" });
    const other = await createPlan();
    const user =
      where === "other"
        ? await userWithRole(other.municipality.id, role)
        : await userWithRole(plan.municipality.id, role, where === "limited" ? [plan.planAreas[1]!.id] : undefined);
    const before = await snapshot(plan);
    for (const [name, attempt] of Object.entries(await attempts(plan, user))) {
      expect([name, await codeOf(attempt())]).toEqual([name, "FORBIDDEN"]);
    }
    expect(await snapshot(plan)).toEqual(before);
  });

  it("lets an editor record follow-up in their own area, but leaves periods to administrators", async () => {
    const plan = await createPlan();
    await createPeriodRow(plan.municipality.id);
    await createIndicatorRow(plan.municipality.id);
    const editor = await userWithRole(plan.municipality.id, "EDITOR", [plan.planAreas[0]!.id]);
    const tries = await attempts(plan, editor);
    expect(await codeOf(tries["follow up an action"]())).toBe("ok");
    expect(await codeOf(tries["sign off an area"]())).toBe("ok");
    expect(await codeOf(tries["publish the period"]())).toBe("FORBIDDEN");
    expect(await codeOf(tries["open a period"]())).toBe("FORBIDDEN");
  });

  it("refuses a row of another municipality's action in this municipality's period", async () => {
    const plan = await createPlan();
    const other = await createPlan();
    const period = await createPeriodRow(plan.municipality.id);
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await db.membership.create({ data: { userId: admin.id, municipalityId: other.municipality.id, role: "ADMIN" } });
    const both = { ...admin, memberships: [...admin.memberships, { ...admin.memberships[0]!, municipalityId: other.municipality.id }] };
    expect(await codeOf(saveActionFollowUps(both, { periodId: period.id, rows: { [other.actions[0]!.id]: { version: 0, status: "DONE" } } }))).toBe(
      "FORBIDDEN",
    );
    expect(await db.actionFollowUp.count({ where: { periodId: period.id } })).toBe(0);
  });

  it("answers another municipality's user that its period is forbidden, before saying whether it is open", async () => {
    // The period's own municipality check: the row checks after it cannot see a table without rows, and
    // a published period's "not open" would tell an outsider its state.
    const plan = await createPlan();
    const other = await createPlan();
    const open = await createPeriodRow(plan.municipality.id, { year: 2026 });
    const published = await createPeriodRow(plan.municipality.id, { year: 2025, status: "PUBLISHED" });
    const outsider = await userWithRole(other.municipality.id, "ADMIN");
    const before = await snapshot(plan);
    for (const period of [open, published]) {
      expect(await codeOf(saveActionFollowUps(outsider, { periodId: period.id, rows: {} }))).toBe("FORBIDDEN");
      expect(await codeOf(saveGoalAssessments(outsider, { periodId: period.id, rows: {} }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(setAreaSignOff(outsider, { periodId: published.id, areaId: plan.planAreas[0]!.id, ready: true }))).toBe("FORBIDDEN");
    expect(await snapshot(plan)).toEqual(before);
  });

  it("answers an unknown period 'not found' and a published one with the form's message that it is closed", async () => {
    const plan = await createPlan();
    const published = await createPeriodRow(plan.municipality.id, { status: "PUBLISHED" });
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const row = { [plan.actions[0]!.id]: { version: 0, status: "DONE" as const } };
    expect(await codeOf(saveActionFollowUps(admin, { periodId: published.id + 1000, rows: row }))).toBe("NOT_FOUND");
    const closed = await saveActionFollowUps(admin, { periodId: published.id, rows: row }).catch((e: unknown) => e);
    expect(closed).toBeInstanceOf(AppError);
    expect((closed as AppError).details.fieldErrors).toEqual({ "": ["followUp.validation.periodNotOpen"] });
  });
});
