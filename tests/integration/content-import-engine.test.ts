import { writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { ImportRefused } from "@/lib/content-sync/records";
import { updateGoal } from "@/lib/goals/commands/update-goal";
import { resetDatabase } from "../support/database";
import { snapshotDatabase } from "../support/snapshot";
import { editForm } from "../support/permission-matrix";
import { expiredTags } from "../support/next-cache";
import { cacheTags } from "@/lib/cache-tags";
import { documentContent, writeContentTree } from "../factories/content";
import { createPeriodRow } from "../factories/followup";
import { userWithRole } from "../factories/users";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

const DEMO_CONTENT = path.join(process.cwd(), "content");
const STRATEGY = "municipalities/provkommun/documents/strategi.yaml";

beforeEach(resetDatabase);

async function importedTree() {
  const dir = await writeContentTree({});
  await importContent(db, await loadContent(dir));
  return dir;
}

const goalA = () => db.goal.findFirstOrThrow({ where: { code: "A", document: { slug: "strategi" } } });

/** A coordinator renames goal A in the browser, through the real update command. */
async function editGoalInBrowser() {
  const goal = await goalA();
  const admin = await userWithRole((await db.municipality.findFirstOrThrow()).id, "ADMIN");
  await updateGoal(admin, await editForm("goal", goal.id, { title: "Målet som det står i webbläsaren" }));
  return admin;
}

async function withoutAction(dir: string) {
  const doc = documentContent();
  doc.areas[0]!.actions = [];
  await writeFile(path.join(dir, STRATEGY), stringify(doc));
}

describe("the content import goes through the write engine", () => {
  it("records each created record as a revision and audit entry by the operator at the command line", async () => {
    await importedTree();
    const goal = await goalA();
    const revisions = await db.revision.findMany({ where: { entityType: "goal", entityId: goal.id } });
    expect(revisions).toMatchObject([{ kind: "CREATE", version: 1, userId: null }]);
    const entry = await db.auditEvent.findFirstOrThrow({ where: { entityType: "goal", entityId: goal.id } });
    expect(entry).toMatchObject({ action: "create", userId: null });
    expect(entry.actor).toMatch(/^kommandorad: content:import \(.+\)$/);
  });

  it("changes nothing on a second import of unchanged files: no revisions, no version bumps", async () => {
    await importContent(db, await loadContent(DEMO_CONTENT));
    const before = await snapshotDatabase();
    const revisions = await db.revision.count();
    expect(revisions).toBeGreaterThan(100);

    const report = await importContent(db, await loadContent(DEMO_CONTENT));
    expect(report.records).toEqual([]);
    expect(await db.revision.count()).toBe(revisions);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("bumps the version of a changed record and records the changed fields", async () => {
    const dir = await importedTree();
    const edited = documentContent();
    edited.areas[0]!.goals[0]!.title = "Ett omformulerat mål";
    await writeFile(path.join(dir, STRATEGY), stringify(edited));
    const report = await importContent(db, await loadContent(dir));

    const goal = await goalA();
    expect(goal.version).toBe(2);
    expect(report.records).toEqual([expect.objectContaining({ change: "changed", fields: ["title", "slug"], municipality: "provkommun" })]);
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: "goal", entityId: goal.id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ kind: "UPDATE", version: 2, userId: null });
  });

  it("refuses to overwrite a record edited in the browser, names it, and writes nothing", async () => {
    const dir = await importedTree();
    await editGoalInBrowser();
    const edited = documentContent();
    Object.assign(edited.areas[0]!.goals[0]!, { text: "Ny text i filen." });
    await writeFile(path.join(dir, STRATEGY), stringify(edited));
    const before = await snapshotDatabase();

    const refusal = await importContent(db, await loadContent(dir)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportRefused);
    const goal = await goalA();
    expect((refusal as ImportRefused).plan.edited).toEqual([
      expect.objectContaining({ ref: expect.objectContaining({ type: "goal", id: goal.id }), change: "changed", by: expect.any(String) }),
    ]);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("overwrites it with --force, as a new revision by the import", async () => {
    const dir = await importedTree();
    await editGoalInBrowser();
    const report = await importContent(db, await loadContent(dir), { force: true });

    const goal = await goalA();
    expect(goal).toMatchObject({ title: "Ett mål", version: 3 });
    expect(report.records).toEqual([expect.objectContaining({ change: "changed" })]);
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: "goal", entityId: goal.id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ version: 3, userId: null });
  });

  it("refuses to remove a record edited in the browser without --force", async () => {
    const dir = await importedTree();
    await editGoalInBrowser();
    const doc = documentContent();
    doc.areas[0]!.goals = [];
    doc.areas[0]!.actions[0]!.goals = [];
    await writeFile(path.join(dir, STRATEGY), stringify(doc));
    const before = await snapshotDatabase();

    const refusal = (await importContent(db, await loadContent(dir)).catch((error: unknown) => error)) as ImportRefused;
    expect(refusal.plan.edited).toEqual([expect.objectContaining({ change: "removed", label: "A Målet som det står i webbläsaren" })]);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("removes a record that left the files, with an audit entry of what it was", async () => {
    const dir = await importedTree();
    const action = await db.action.findFirstOrThrow();
    await withoutAction(dir);
    const report = await importContent(db, await loadContent(dir));

    expect(report.records).toContainEqual(expect.objectContaining({ change: "removed", ref: expect.objectContaining({ type: "action", id: action.id }) }));
    expect(await db.action.count()).toBe(0);
    const entry = await db.auditEvent.findFirstOrThrow({ where: { entityType: "action", entityId: action.id, action: "delete" } });
    expect(entry.before).toMatchObject({ title: "En åtgärd" });
  });

  it("never removes a record with follow-up, not even with --force", async () => {
    const dir = await importedTree();
    const action = await db.action.findFirstOrThrow();
    const period = await createPeriodRow((await db.municipality.findFirstOrThrow()).id);
    await db.actionFollowUp.create({ data: { periodId: period.id, actionId: action.id, status: "IN_PROGRESS", reportedOn: new Date("2025-06-01") } });
    await withoutAction(dir);
    const before = await snapshotDatabase();

    for (const force of [false, true]) {
      const refusal = (await importContent(db, await loadContent(dir), { force }).catch((error: unknown) => error)) as ImportRefused;
      expect(refusal).toBeInstanceOf(ImportRefused);
      expect(refusal.plan.withFollowUp).toEqual([expect.objectContaining({ ref: expect.objectContaining({ type: "action", id: action.id }) })]);
      expect(await snapshotDatabase()).toEqual(before);
    }
  });

  it("with --dry-run reports what would change and writes nothing", async () => {
    const dir = await importedTree();
    const edited = documentContent();
    edited.areas[0]!.goals[0]!.title = "Ett omformulerat mål";
    edited.areas[0]!.goals.push({ code: "B", title: "Ett nytt mål" });
    await writeFile(path.join(dir, STRATEGY), stringify(edited));
    const before = await snapshotDatabase();

    const report = await importContent(db, await loadContent(dir), { dryRun: true });
    expect(report.records.map((r) => [r.change, r.label]).sort()).toEqual([
      ["changed", "A Ett omformulerat mål"],
      ["created", "B Ett nytt mål"],
    ]);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("expires the imported municipality's pages after a change, and nothing after a dry run or a refusal", async () => {
    const dir = await importedTree();
    const edited = documentContent();
    edited.areas[0]!.goals[0]!.title = "Ett omformulerat mål";
    await writeFile(path.join(dir, STRATEGY), stringify(edited));

    expiredTags.length = 0;
    await importContent(db, await loadContent(dir), { dryRun: true });
    expect(expiredTags).toEqual([]);
    await editGoalInBrowser();
    expiredTags.length = 0;
    await importContent(db, await loadContent(dir)).catch(() => undefined);
    expect(expiredTags).toEqual([]);

    await importContent(db, await loadContent(dir), { force: true });
    expect(expiredTags).toContain(cacheTags.municipality("provkommun"));
  });
});
