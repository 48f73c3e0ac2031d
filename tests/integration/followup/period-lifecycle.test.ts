import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cacheTags } from "@/lib/cache-tags";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { publishPeriod } from "@/lib/followup/commands/publish-period";
import { reopenPeriod } from "@/lib/followup/commands/reopen-period";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { saveGoalAssessments } from "@/lib/followup/commands/save-goal-assessments";
import { setAreaSignOff } from "@/lib/followup/commands/set-area-sign-off";
import { getActionFollowUp, getAreaProgress, getGoalFollowUp, listPublishedPeriods } from "@/lib/followup/queries";
import { getFollowUpReport } from "@/lib/followup/report";
import { getPeriodOverview } from "@/lib/followup/admin-queries";
import { createPlan, type Plan } from "../../factories/plan";
import { createPeriodRow } from "../../factories/followup";
import { userWithRole } from "../../factories/users";
import { said } from "../../support/messages";

// Commands and read models run outside a Next.js request here: record what they ask Next to expire,
// and read through the data cache.
const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => void expired.push(tag),
  unstable_cache: <T>(fn: T) => fn,
}));

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const period2026 = (municipalityId: number) => ({ municipalityId, title: "Uppföljning 2026", slug: "2026", startsOn: "2026-01-01", endsOn: "2026-12-31" });

describe("a follow-up period from opening to publication", () => {
  let plan: Plan;
  beforeEach(async () => {
    plan = await createPlan();
    expired.length = 0;
  });

  it("keeps drafts invisible to the public until an administrator publishes the period", async () => {
    const m = plan.municipality.slug;
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const editor = await userWithRole(plan.municipality.id, "EDITOR");
    const periodId = await createPeriod(admin, period2026(plan.municipality.id));
    expect(await db.followUpPeriod.findUniqueOrThrow({ where: { id: periodId } })).toMatchObject({ status: "OPEN", publishedAt: null, version: 1 });

    const [a0, a1] = plan.actions.map((a) => String(a.id));
    await saveActionFollowUps(editor, {
      periodId,
      rows: {
        [a0!]: { version: 0, status: "DONE", progress: 100, comment: "Klart **i tid**.", responsiblePerson: "Sara Samordnare", reportedOn: "2026-11-30" },
        [a1!]: { version: 0, status: "NOT_ASSESSABLE", reason: "Underlaget saknas" },
      },
    });
    await saveGoalAssessments(editor, { periodId, rows: { [plan.goals[0]!.id]: { version: 0, assessment: "PARTLY_MET", analysis: "Delvis." } } });

    // Saved, but an open period is a draft: no public page changes, and the public read models see nothing.
    expect(await db.actionFollowUp.count({ where: { periodId } })).toBe(2);
    expect(expired).toEqual([]);
    expect(await getActionFollowUp(m, "handlingsplan", plan.actions[0]!.slug)).toMatchObject({ entries: [], last: null, latest: null, missingInLatest: false });
    expect(await getGoalFollowUp(m, "strategi", plan.goals[0]!.slug)).toMatchObject({ assessments: [], latest: null });
    expect(await getAreaProgress(m, "handlingsplan", plan.planAreas[0]!.slug)).toBeNull();
    expect(await getFollowUpReport(m, "2026")).toBeNull();
    expect(await listPublishedPeriods(m)).toEqual([]);

    expect(await publishPeriod(admin, { id: periodId, version: 1 })).toBe(2);
    const published = await db.followUpPeriod.findUniqueOrThrow({ where: { id: periodId } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(expired).toEqual(expect.arrayContaining([cacheTags.followUp(m), cacheTags.followUpReports(m)]));

    const action = await getActionFollowUp(m, "handlingsplan", plan.actions[0]!.slug);
    expect(action).toMatchObject({
      latest: { slug: "2026", title: "Uppföljning 2026" },
      last: { slug: "2026" },
      missingInLatest: false,
      entries: [{ status: "DONE", progress: 100, comment: "Klart **i tid**.", responsiblePerson: "Sara Samordnare", reportedOn: "2026-11-30" }],
    });
    const goal = await getGoalFollowUp(m, "strategi", plan.goals[0]!.slug);
    expect(goal?.assessments).toMatchObject([{ assessment: "PARTLY_MET", analysis: "Delvis.", period: { slug: "2026" } }]);
    expect(goal?.actions).toEqual({ [`handlingsplan/${plan.actions[0]!.slug}`]: expect.objectContaining({ status: "DONE" }) });
    expect(await listPublishedPeriods(m)).toMatchObject([{ slug: "2026", startsOn: "2026-01-01", endsOn: "2026-12-31" }]);

    // Every change left a revision and an audit entry.
    const kinds = await db.revision.findMany({
      where: { municipalityId: plan.municipality.id },
      orderBy: { id: "asc" },
      select: { entityType: true, kind: true },
    });
    expect(kinds).toEqual([
      { entityType: "period", kind: "CREATE" },
      { entityType: "actionFollowUp", kind: "CREATE" },
      { entityType: "actionFollowUp", kind: "CREATE" },
      { entityType: "goalAssessment", kind: "CREATE" },
      { entityType: "period", kind: "PUBLISH" },
    ]);
    expect(await db.auditEvent.count({ where: { municipalityId: plan.municipality.id } })).toBe(5);
  });

  it("refuses changes to a published period until an administrator reopens it, which hides it again", async () => {
    const m = plan.municipality.slug;
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const periodId = await createPeriod(admin, period2026(plan.municipality.id));
    const row = { [plan.actions[0]!.id]: { version: 0, status: "IN_PROGRESS" } };
    await saveActionFollowUps(admin, { periodId, rows: row });
    await publishPeriod(admin, { id: periodId, version: 1 });

    const refused = await failure(saveActionFollowUps(admin, { periodId, rows: { [plan.actions[0]!.id]: { version: 1, status: "DONE" } } }));
    expect(refused.code).toBe("INVALID");
    expect(said(refused.userMessage)).toBe("Perioden är publicerad. En administratör behöver öppna den igen för rättelser.");
    expect((await failure(publishPeriod(admin, { id: periodId, version: 2 }))).code).toBe("INVALID");

    expired.length = 0;
    await reopenPeriod(admin, { id: periodId, version: 2 });
    expect(expired).toEqual(expect.arrayContaining([cacheTags.followUp(m)]));
    expect(await getActionFollowUp(m, "handlingsplan", plan.actions[0]!.slug)).toMatchObject({ entries: [], latest: null });
    await saveActionFollowUps(admin, { periodId, rows: { [plan.actions[0]!.id]: { version: 1, status: "DONE" } } });
    await publishPeriod(admin, { id: periodId, version: 3 });
    expect((await getActionFollowUp(m, "handlingsplan", plan.actions[0]!.slug))?.entries).toMatchObject([{ status: "DONE" }]);
  });

  it("allows one open period at a time", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await createPeriod(admin, period2026(plan.municipality.id));
    const error = await failure(createPeriod(admin, { ...period2026(plan.municipality.id), slug: "2027", title: "Uppföljning 2027" }));
    expect(said(error.userMessage)).toBe("Det finns redan en öppen period. Publicera den innan du öppnar nästa.");
  });

  it("marks an action whose latest published period has no follow-up, and says when it was last followed up", async () => {
    const m = plan.municipality.slug;
    const older = await createPeriodRow(plan.municipality.id, { year: 2025, status: "PUBLISHED" });
    await createPeriodRow(plan.municipality.id, { year: 2026, status: "PUBLISHED" });
    await db.actionFollowUp.create({ data: { periodId: older.id, actionId: plan.actions[0]!.id, status: "IN_PROGRESS", reportedOn: new Date("2025-12-01") } });
    expect(await getActionFollowUp(m, "handlingsplan", plan.actions[0]!.slug)).toMatchObject({
      latest: { slug: "2026" },
      last: { slug: "2025" },
      missingInLatest: true,
    });
    expect(await getActionFollowUp(m, "handlingsplan", plan.actions[1]!.slug)).toMatchObject({ last: null, missingInLatest: true });
  });
});

describe("the bulk table", () => {
  it("saves all rows or none, and checks each row's version: a conflict names what the other person saved", async () => {
    const plan = await createPlan();
    const period = await createPeriodRow(plan.municipality.id);
    const first = await userWithRole(plan.municipality.id, "EDITOR");
    const second = await userWithRole(plan.municipality.id, "EDITOR");
    const [a0, a1] = plan.actions.map((a) => String(a.id)) as [string, string];
    await saveActionFollowUps(first, { periodId: period.id, rows: { [a0]: { version: 0, status: "IN_PROGRESS", progress: 40 } } });

    // The second coordinator loaded the table before that save: row a0 was empty then.
    const error = await failure(
      saveActionFollowUps(second, { periodId: period.id, rows: { [a0]: { version: 0, status: "DELAYED" }, [a1]: { version: 0, status: "DONE" } } }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details.conflicts?.[a0]).toMatchObject({
      currentVersion: 1,
      changes: expect.arrayContaining([{ field: "status", before: null, after: "IN_PROGRESS", by: first.name, at: expect.any(String) }]),
    });
    expect(await db.actionFollowUp.findMany({ where: { periodId: period.id }, select: { actionId: true, status: true } })).toEqual([
      { actionId: plan.actions[0]!.id, status: "IN_PROGRESS" },
    ]);

    // Having seen it, the second saves over it knowingly with the version the conflict gave.
    await saveActionFollowUps(second, { periodId: period.id, rows: { [a0]: { version: 1, status: "DELAYED" }, [a1]: { version: 0, status: "DONE" } } });
    expect(await db.actionFollowUp.findFirstOrThrow({ where: { periodId: period.id, actionId: plan.actions[0]!.id } })).toMatchObject({
      status: "DELAYED",
      version: 2,
    });
  });

  it("leaves rows the user did not touch as someone else saved them, instead of overwriting them or failing", async () => {
    const plan = await createPlan();
    const period = await createPeriodRow(plan.municipality.id);
    const first = await userWithRole(plan.municipality.id, "EDITOR");
    const second = await userWithRole(plan.municipality.id, "EDITOR");
    const [a0, a1] = plan.actions.map((a) => String(a.id)) as [string, string];
    const loaded = { version: 1, status: "IN_PROGRESS", progress: 40, reportedOn: "2026-05-01" };
    await saveActionFollowUps(first, { periodId: period.id, rows: { [a0]: { ...loaded, version: 0 } } });
    await saveActionFollowUps(first, { periodId: period.id, rows: { [a0]: { ...loaded, status: "DONE", progress: 100 } } });

    // The second loaded the table at version 1 of a0, left it alone, and filled in a1.
    await saveActionFollowUps(second, { periodId: period.id, rows: { [a0]: loaded, [a1]: { version: 0, status: "NOT_STARTED" } } });
    const rows = await db.actionFollowUp.findMany({ where: { periodId: period.id }, orderBy: { actionId: "asc" }, select: { status: true, version: true } });
    expect(rows).toEqual([
      { status: "DONE", version: 2 },
      { status: "NOT_STARTED", version: 1 },
    ]);
  });
});

describe("signing off an area", () => {
  it("lets the area's editor mark it ready (and take the mark back), recorded in the audit log", async () => {
    const plan = await createPlan();
    const period = await createPeriodRow(plan.municipality.id);
    const editor = await userWithRole(plan.municipality.id, "EDITOR", [plan.planAreas[0]!.id]);
    await setAreaSignOff(editor, { periodId: period.id, areaId: plan.planAreas[0]!.id, ready: "true" });
    expect(await db.areaSignOff.findFirstOrThrow({ where: { periodId: period.id } })).toMatchObject({
      areaId: plan.planAreas[0]!.id,
      signedOffBy: editor.name,
    });

    const overview = await getPeriodOverview(plan.municipality.id, period.id);
    expect(overview?.signOffs).toEqual({ done: 1, total: 4 });
    expect(overview?.gaps).toEqual({ actions: 2, goals: 2 });
    expect(overview?.documents.flatMap((d) => d.areas).find((a) => a.id === plan.planAreas[0]!.id)).toMatchObject({
      editors: [editor.name],
      signOff: { signedOffBy: editor.name },
    });

    await setAreaSignOff(editor, { periodId: period.id, areaId: plan.planAreas[0]!.id, ready: false });
    expect(await db.areaSignOff.count({ where: { periodId: period.id } })).toBe(0);
    expect(
      (await db.auditEvent.findMany({ where: { entityType: "area", entityId: plan.planAreas[0]!.id }, orderBy: { id: "asc" } })).map((e) => e.action),
    ).toEqual(["sign-off", "withdraw-sign-off"]);
    expect((await failure(setAreaSignOff(editor, { periodId: period.id, areaId: plan.planAreas[1]!.id, ready: true }))).code).toBe("FORBIDDEN");
    // An area that does not exist is not found, never looked into (issue 15).
    expect((await failure(setAreaSignOff(editor, { periodId: period.id, areaId: 99_999_999, ready: true }))).code).toBe("NOT_FOUND");
  });
});
