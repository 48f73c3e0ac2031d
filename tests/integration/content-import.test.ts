import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { stringify } from "yaml";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { resetDatabase } from "../support/database";
import { changedRows, snapshotDatabase } from "../support/snapshot";
import { documentContent, municipalityContent, writeContentTree } from "../factories/content";
import { userWithRole } from "../factories/users";
import { editForm } from "../support/permission-matrix";
import { updateGoal } from "@/lib/goals/commands/update-goal";

const run = promisify(execFile);
const DEMO_CONTENT = path.join(process.cwd(), "content");
const noChanges = (stats: Record<string, { created: number; updated: number; deleted: number }>) =>
  Object.entries(stats).filter(([, s]) => s.created || s.updated || s.deleted);

beforeEach(resetDatabase);

describe("importing the demo content", () => {
  it("stores exactly what the content files hold, per municipality", async () => {
    const tree = await loadContent(DEMO_CONTENT);
    await importContent(db, tree);

    expect(await db.agenda2030Goal.count()).toBe(17);
    expect(await db.agenda2030Target.count()).toBe(169);
    expect(await db.publicHealthArea.count()).toBe(8);
    expect(tree.municipalities.map((m) => m.municipality.slug).sort()).toEqual(["angelholm", "exempelkommun", "katrineholm", "sodertalje"]);

    for (const { municipality: m, documents } of tree.municipalities) {
      const where = { municipality: { slug: m.slug } };
      const inDoc = { document: where };
      const areas = documents.flatMap((d) => d.areas);
      const counts = {
        documents: await db.document.count({ where }),
        sections: await db.documentSection.count({ where: inDoc }),
        areas: await db.area.count({ where: inDoc }),
        goals: await db.goal.count({ where: inDoc }),
        actions: await db.action.count({ where: inDoc }),
        actionGoalLinks: await db.actionGoal.count({ where: { action: inDoc } }),
        areaAgendaLinks: await db.areaAgendaGoal.count({ where: { area: inDoc } }),
        focusItems: (await db.area.findMany({ where: inDoc, select: { focus: true } })).flatMap((a) => a.focus).length,
        networks: await db.network.count({ where }),
        goodExamples: await db.goodExample.count({ where }),
        knowledgePages: await db.knowledgePage.count({ where }),
        groups: await db.personGroup.count({ where }),
        members: await db.groupMember.count({ where: { group: where } }),
        dialogues: await db.citizenDialogue.count({ where }),
        situationItems: await db.situationItem.count({ where: { analysis: where } }),
        processes: await db.process.count({ where: { map: where } }),
        proposals: await db.processProposal.count({ where: { process: { map: where } } }),
      };
      expect(counts, m.slug).toEqual({
        documents: documents.length,
        sections: documents.flatMap((d) => d.sections).length,
        areas: areas.length,
        goals: areas.flatMap((a) => a.goals).length,
        actions: areas.flatMap((a) => a.actions).length,
        actionGoalLinks: areas.flatMap((a) => a.actions.flatMap((x) => x.goals)).length,
        areaAgendaLinks: areas.flatMap((a) => a.agenda2030).length,
        focusItems: areas.flatMap((a) => a.focus).length,
        networks: m.networks.length,
        goodExamples: m.goodExamples.length,
        knowledgePages: m.knowledgePages.length,
        groups: m.groups.length,
        members: m.groups.flatMap((g) => g.members).length,
        dialogues: m.dialogues.length,
        situationItems: m.situationAnalyses.flatMap((s) => [...s.strengths, ...s.weaknesses, ...s.opportunities, ...s.challenges]).length,
        processes: m.processMaps.flatMap((p) => p.processes).length,
        proposals: m.processMaps.flatMap((p) => p.processes.flatMap((x) => x.proposals)).length,
      });
    }
  });

  it("changes nothing when run a second time", async () => {
    const tree = await loadContent(DEMO_CONTENT);
    await importContent(db, tree);
    const before = await snapshotDatabase();
    const { stats } = await importContent(db, await loadContent(DEMO_CONTENT));
    expect(noChanges(stats)).toEqual([]);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("re-importing edited content", () => {
  it("updates exactly the edited item and redirects its old address", async () => {
    const dir = await writeContentTree({});
    await importContent(db, await loadContent(dir));
    const before = await snapshotDatabase();

    const file = path.join(dir, "municipalities/provkommun/documents/strategi.yaml");
    const edited = documentContent();
    edited.areas[0]!.goals[0]!.title = "Ett omformulerat mål";
    await writeFile(file, stringify(edited));
    const { stats } = await importContent(db, await loadContent(dir));

    expect(Object.fromEntries(noChanges(stats))).toEqual({
      Goal: expect.objectContaining({ updated: 1, created: 0, deleted: 0 }),
      PathRedirect: expect.objectContaining({ created: 1, updated: 0, deleted: 0 }),
    });
    const changes = changedRows(before, await snapshotDatabase());
    // The goal's row, and its revision and audit entry (tests/integration/content-import-engine.test.ts).
    expect(Object.keys(changes).sort()).toEqual(["AuditEvent", "Goal", "PathRedirect", "Revision"]);
    expect(await db.pathRedirect.findMany({ select: { fromPath: true, toPath: true } })).toEqual([
      { fromPath: "/provkommun/dokument/strategi/mal/a-ett-mal", toPath: "/provkommun/dokument/strategi/mal/a-ett-omformulerat-mal" },
    ]);
  });

  it("keeps links to a renamed document working through its former slug", async () => {
    const dir = await writeContentTree({});
    await importContent(db, await loadContent(dir));
    const id = (await db.document.findFirstOrThrow({ where: { slug: "strategi" } })).id;
    await writeFile(
      path.join(dir, "municipalities/provkommun/documents/strategi.yaml"),
      stringify(documentContent({ slug: "strategi-2025", formerSlugs: ["strategi"] })),
    );
    await importContent(db, await loadContent(dir));
    expect((await db.document.findFirstOrThrow({ where: { slug: "strategi-2025" } })).id).toBe(id);
    expect(await db.pathRedirect.findUnique({ where: { fromPath: "/provkommun/dokument/strategi" } })).toMatchObject({
      toPath: "/provkommun/dokument/strategi-2025",
    });
  });
});

describe("npm run content:import", () => {
  const importCommand = (dir: string, ...flags: string[]) =>
    run("npx", ["tsx", "scripts/content-import.ts", dir, ...flags], { env: { ...process.env }, cwd: process.cwd() }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("stops on an invalid file, names the file, line and field, and writes nothing", async () => {
    const good = await writeContentTree({});
    expect((await importCommand(good)).code).toBe(0);
    const before = await snapshotDatabase();

    const bad = await writeContentTree({
      "municipalities/provkommun/municipality.yaml": municipalityContent({ intro: "Ändrad text som inte får sparas." }),
      "municipalities/provkommun/documents/strategi.yaml": [
        "slug: strategi",
        "kind: strategy",
        "title: Strategi",
        "summary: Text.",
        "validUntil: 2030-02-31",
        "",
      ].join("\n"),
    });
    const result = await importCommand(bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Importen avbröts, inget skrevs till databasen");
    expect(result.stderr).toContain("content/municipalities/provkommun/documents/strategi.yaml:5: validUntil: Ange ett giltigt datum (ÅÅÅÅ-MM-DD)");
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("rolls back everything when the database refuses a row half-way", async () => {
    const dir = await writeContentTree({
      // Two municipalities with the same municipality code: the second insert violates a unique index.
      "municipalities/tvilling/municipality.yaml": municipalityContent({ slug: "tvilling", name: "Tvillingkommunen" }),
      "municipalities/tvilling/documents/strategi.yaml": documentContent(),
    });
    const result = await importCommand(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Importen avbröts, inget skrevs till databasen");
    expect(await db.municipality.count()).toBe(0);
    expect(await db.agenda2030Goal.count()).toBe(0);
  });

  it("--dry-run prints each change per municipality and writes nothing; over a browser edit it refuses, naming the record", async () => {
    const dir = await writeContentTree({});
    await importContent(db, await loadContent(dir));
    const goal = await db.goal.findFirstOrThrow({ where: { code: "A" } });
    const edited = documentContent();
    edited.areas[0]!.goals[0]!.title = "Ett omformulerat mål";
    await writeFile(path.join(dir, "municipalities/provkommun/documents/strategi.yaml"), stringify(edited));
    const before = await snapshotDatabase();

    const dryRun = await importCommand(dir, "--dry-run");
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain(`Provkörning (--dry-run): inget skrevs.`);
    expect(dryRun.stdout).toContain(`  provkommun:\n    ändrad mål "A Ett omformulerat mål" (#${goal.id}): title, slug`);
    expect(await snapshotDatabase()).toEqual(before);

    const admin = await userWithRole((await db.municipality.findFirstOrThrow()).id, "ADMIN");
    await updateGoal(admin, await editForm("goal", goal.id, { title: "Så står det i webbläsaren" }));
    const afterEdit = await snapshotDatabase();
    const refused = await importCommand(dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("har ändrats i webbläsaren sedan den senaste importen");
    expect(refused.stderr).toMatch(new RegExp(`ändrad mål "A Ett omformulerat mål" \\(#${goal.id}\\): title, slug, ändrad av .+ UTC`));
    expect(await snapshotDatabase()).toEqual(afterEdit);
  });

  it("reports what it did", async () => {
    const dir = await writeContentTree({});
    const first = await importCommand(dir);
    expect(first.stdout).toMatch(/Innehållet importerades/);
    const second = await importCommand(dir);
    expect(second.stdout).toMatch(/Inget att ändra/);
    expect(await readFile(path.join(dir, "municipalities/provkommun/municipality.yaml"), "utf8")).toContain("provkommun");
  });
});
