import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { cancelPeriod } from "@/lib/followup/commands/cancel-period";
import { publishPeriod } from "@/lib/followup/commands/publish-period";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { createPlan, type Plan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { failure } from "../../support/app-error";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const period = (municipalityId: number, year: number) => ({
  municipalityId,
  title: `Uppföljning ${year}`,
  slug: String(year),
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
});

describe("cancelling an unpublished period", () => {
  let plan: Plan;
  beforeEach(async () => {
    plan = await createPlan();
  });

  it("removes the period and what was recorded in it, keeps a revision and an audit entry, and frees the way for the next period", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const periodId = await createPeriod(admin, period(plan.municipality.id, 2026));
    await saveActionFollowUps(admin, { periodId, rows: { [plan.actions[0]!.id]: { version: 0, status: "DONE" } } });
    // While it is open, no other period can be opened.
    expect((await failure(createPeriod(admin, period(plan.municipality.id, 2027)))).code).toBe("INVALID");

    await cancelPeriod(admin, { id: periodId, version: 1 });

    expect(await db.followUpPeriod.findUnique({ where: { id: periodId } })).toBeNull();
    expect(await db.actionFollowUp.count({ where: { periodId } })).toBe(0);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "period", entityId: periodId, version: 2 } });
    expect(revision).toMatchObject({ kind: "ARCHIVE", userId: admin.id });
    expect(revision.snapshot).toMatchObject({ title: "Uppföljning 2026", status: "CANCELLED" });
    expect(await db.auditEvent.count({ where: { entityType: "period", entityId: periodId, action: "archive" } })).toBe(1);
    await expect(createPeriod(admin, period(plan.municipality.id, 2026))).resolves.toEqual(expect.any(Number));
  });

  it("refuses a published period, and a stale version", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const published = await createPeriod(admin, period(plan.municipality.id, 2025));
    await publishPeriod(admin, { id: published, version: 1 });
    const refusal = await failure(cancelPeriod(admin, { id: published, version: 2 }));
    expect([refusal.code, refusal.userMessage]).toEqual(["INVALID", "followUp.validation.cancelPublished"]);
    expect(await db.followUpPeriod.findUnique({ where: { id: published } })).not.toBeNull();

    const open = await createPeriod(admin, period(plan.municipality.id, 2026));
    expect((await failure(cancelPeriod(admin, { id: open, version: 2 }))).code).toBe("CONFLICT");
    expect(await db.followUpPeriod.findUnique({ where: { id: open } })).not.toBeNull();
  });
});
