import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { importWordPlan } from "@/lib/word-import/commands/import-word-plan";
import { commandInput, draftFromProposal } from "@/lib/word-import/form";
import { translator } from "@/lib/i18n/translator";
import { MAX_WORD_BYTES, proposeWordPlan, readWordPlan } from "@/lib/word-import/read";
import { createPlan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { randomBytes, wordPlan, wordPlanTitle, wordWithoutHeadings, zipThatIsNotWord } from "../../factories/word";
import { changedRows, snapshotDatabase } from "../../support/snapshot";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const asFile = (bytes: Buffer) => ({ name: "plan.docx", size: bytes.length, bytes: async () => new Uint8Array(bytes) });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.userMessage, fields: e.details.fieldErrors } : { code: "RAW", message: String(e) }),
  );

/** The uploaded plan as its proposal would be created unchanged. */
async function proposedInput(municipalityId: number) {
  const draft = draftFromProposal(translator("sv"), await readWordPlan(asFile(await wordPlan())), "plan.docx");
  const { input, problems } = commandInput(translator("sv"), draft, municipalityId);
  expect(problems).toEqual([]);
  return input;
}

describe("a plan from Word", () => {
  it("creates a draft document with its areas, goals and actions, each with a revision and an audit entry", async () => {
    const { municipality } = await createPlan();
    const admin = await userWithRole(municipality.id, "ADMIN");
    const id = await importWordPlan(admin, await proposedInput(municipality.id));

    const document = await db.document.findUniqueOrThrow({
      where: { id },
      include: { areas: { orderBy: { position: "asc" }, include: { goals: { orderBy: { position: "asc" } }, actions: { orderBy: { position: "asc" } } } } },
    });
    expect(document).toMatchObject({ status: "DRAFT", title: wordPlanTitle, areaLabel: "Fokusområde", areaLabelPlural: "Fokusområden", goalLabel: "Mål" });
    expect(document.summary).toContain("trygghet och delaktighet 2026–2028");
    expect(document.areas.map((a) => [a.number, a.title, a.description])).toEqual([
      ["1", "Trygghet", "Alla ska kunna röra sig tryggt i kommunen."],
      ["2", "Delaktighet", "| Målgrupp | Insats |\n| --- | --- |\n| Unga | Ungdomsråd |"],
    ]);
    expect(document.areas.map((a) => a.goals.map((g) => `${g.code} ${g.title}`))).toEqual([
      ["1.1 Fler känner sig trygga utomhus", "1.2 Färre utsätts för brott"],
      ["2.1 Fler unga är med och bestämmer"],
    ]);
    expect(document.areas.map((a) => a.actions.map((x) => `${x.number} ${x.title}`))).toEqual([
      ["1 Bättre belysning i parker", "2 Fler vuxna ute på kvällar", "3 Trygghetsvandringar i varje stadsdel"],
      ["1 Ett ungdomsråd i varje kommundel", "2 Medborgardialog inför budgeten"],
    ]);

    const ids = {
      document: [id],
      area: document.areas.map((a) => a.id),
      goal: document.areas.flatMap((a) => a.goals.map((g) => g.id)),
      action: document.areas.flatMap((a) => a.actions.map((x) => x.id)),
    };
    for (const [type, entityIds] of Object.entries(ids)) {
      const revisions = await db.revision.findMany({ where: { entityType: type, entityId: { in: entityIds } } });
      expect(revisions.map((r) => [r.entityId, r.kind, r.version, r.userId]).sort()).toEqual(entityIds.map((e) => [e, "CREATE", 1, admin.id]).sort());
      const audits = await db.auditEvent.findMany({ where: { entityType: type, entityId: { in: entityIds } } });
      expect(audits.map((e) => [e.entityId, e.action, e.actor, e.municipalityId]).sort()).toEqual(
        entityIds.map((e) => [e, "create", admin.email, municipality.id]).sort(),
      );
    }
  });

  it("refuses a file that is not Word, one without headings and one over 20 MB, in Swedish, and writes nothing", async () => {
    await createPlan();
    const before = await snapshotDatabase();
    const files = [randomBytes(), zipThatIsNotWord(), Buffer.from("Fokusområde 1: Trygghet\n"), await wordWithoutHeadings(), Buffer.alloc(MAX_WORD_BYTES + 1)];
    const answers = await Promise.all(files.map((f) => failure(readWordPlan(asFile(f)))));
    expect(answers.map((a) => a?.message)).toEqual([
      "wordImport.notWord",
      "wordImport.notWord",
      "wordImport.notWord",
      "wordImport.noHeadings",
      "wordImport.tooLarge",
    ]);
    expect(changedRows(before, await snapshotDatabase())).toEqual({});
  });

  it("reads an upload only for someone who may create documents in the municipality", async () => {
    const { municipality } = await createPlan();
    const other = await createPlan();
    const file = asFile(await wordPlan());
    for (const user of [await userWithRole(municipality.id, "REVIEWER"), await userWithRole(other.municipality.id, "ADMIN")]) {
      expect(await failure(proposeWordPlan(user, municipality.id, file))).toMatchObject({ code: "FORBIDDEN" });
    }
    const editor = await userWithRole(municipality.id, "EDITOR");
    expect((await proposeWordPlan(editor, municipality.id, file)).rows).toHaveLength(10);
  });

  it("writes nothing when any record of the plan fails: one transaction", async () => {
    const { municipality } = await createPlan();
    const admin = await userWithRole(municipality.id, "ADMIN");
    const input = await proposedInput(municipality.id);
    // PostgreSQL refuses NUL in text: the last action fails after everything before it was inserted.
    input.areas[1]!.actions[1]!.title = "Medborgardialog\u0000";
    const before = await snapshotDatabase();
    expect(await failure(importWordPlan(admin, input))).toMatchObject({ code: "RAW" });
    expect(changedRows(before, await snapshotDatabase())).toEqual({});
  });

  it("refuses repeated numbers and a title another document has, naming the field, and writes nothing", async () => {
    const { municipality } = await createPlan();
    const admin = await userWithRole(municipality.id, "ADMIN");
    const input = await proposedInput(municipality.id);
    const before = await snapshotDatabase();
    input.areas[0]!.actions[1]!.number = "1";
    expect(await failure(importWordPlan(admin, input))).toMatchObject({
      code: "INVALID",
      fields: { "areas.0.actions.1.number": ["admin.validation.numberTaken"] },
    });
    input.areas[0]!.actions[1]!.number = "2";
    input.document.title = "Handlingsplan";
    expect(await failure(importWordPlan(admin, input))).toMatchObject({ code: "INVALID", fields: { slug: ["admin.validation.slugTaken"] } });
    expect(changedRows(before, await snapshotDatabase())).toEqual({});
  });
});
