import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { createArea } from "@/lib/areas/commands/create-area";
import { updateArea } from "@/lib/areas/commands/update-area";
import { createDocument } from "@/lib/documents/commands/create-document";
import { updateDocument } from "@/lib/documents/commands/update-document";
import { loadDocument } from "@/lib/documents/record";
import { updateGoal } from "@/lib/goals/commands/update-goal";
import { createSection } from "@/lib/sections/commands/create-section";
import { updateSection } from "@/lib/sections/commands/update-section";
import { moveRecord } from "@/lib/records/commands/move-record";
import { setStatus } from "@/lib/records/commands/set-status";
import { createPlan, type Plan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { swedishFields } from "../../support/swedish";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "ok", fields: {} }),
    (e: unknown) => {
      if (!(e instanceof AppError)) throw e;
      return { code: e.code, fields: swedishFields(e.details.fieldErrors) ?? {} };
    },
  );

async function documentForm(plan: Plan, overrides: Record<string, unknown> = {}) {
  const current = await loadDocument(plan.plan.id);
  return { ...current!.snapshot, id: plan.plan.id, version: current!.version, ...stripNulls(current!.snapshot), ...overrides };
}
const stripNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? undefined : v]));

describe("editing a document's metadata", () => {
  it("saves registration number, dates, relations and level names, and redirects a renamed address", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const form = await documentForm(plan, {
      registrationNumber: "KS 24/550",
      adoptedOn: "2026-05-13",
      validUntil: "2030-12-31",
      actionLabel: "Uppdrag",
      actionLabelPlural: "Uppdrag",
      replacesIds: [plan.strategy.id],
      slug: "ny-handlingsplan",
    });
    expect(await updateDocument(admin, form)).toBe(2);
    const saved = await db.document.findUniqueOrThrow({ where: { id: plan.plan.id }, include: { replaces: true } });
    expect(saved).toMatchObject({ registrationNumber: "KS 24/550", actionLabel: "Uppdrag", slug: "ny-handlingsplan" });
    expect(saved.validUntil?.toISOString().slice(0, 10)).toBe("2030-12-31");
    expect(saved.replaces.map((r) => r.replacedId)).toEqual([plan.strategy.id]);
    const m = plan.municipality.slug;
    expect(await db.pathRedirect.findUnique({ where: { fromPath: paths.document(m, "handlingsplan") } })).toMatchObject({
      toPath: paths.document(m, "ny-handlingsplan"),
    });
  });

  it("refuses a valid-until date before the adoption date, a relation to itself or to another municipality, and writes nothing", async () => {
    const plan = await createPlan();
    const other = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    expect(await outcome(updateDocument(admin, await documentForm(plan, { adoptedOn: "2026-05-13", validUntil: "2025-12-31" })))).toEqual({
      code: "INVALID",
      fields: { validUntil: ["Giltig till kan inte vara före antagandedatum"] },
    });
    expect((await outcome(updateDocument(admin, await documentForm(plan, { validUntil: "2026-02-30" })))).fields).toHaveProperty("validUntil");
    expect((await outcome(updateDocument(admin, await documentForm(plan, { replacesIds: [plan.plan.id] })))).fields).toHaveProperty("replacesIds");
    expect((await outcome(updateDocument(admin, await documentForm(plan, { concretisesId: other.strategy.id })))).fields).toHaveProperty("concretisesId");
    expect(await db.document.findUniqueOrThrow({ where: { id: plan.plan.id } })).toMatchObject({ version: 1, validUntil: null });
  });

  it("creates a document as a draft whose new parts are public with it once it is published", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const { id: _i, version: _v, slug: _s, replacesIds: _r, concretisesId: _c, ...fields } = await documentForm(plan, { title: "Ny strategi 2031" });
    const id = await createDocument(admin, { ...fields, municipalityId: plan.municipality.id });
    const areaId = await createArea(admin, { documentId: id, number: "1", title: "Första området", focus: ["Barn", "Unga"] });
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", slug: "ny-strategi-2031" });
    expect(await db.area.findUniqueOrThrow({ where: { id: areaId } })).toMatchObject({ status: "PUBLISHED", focus: ["Barn", "Unga"] });
    await setStatus(admin, { type: "document", id, version: 1, status: "PUBLISHED" });
    expect((await db.document.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("is refused to an editor limited to some areas", async () => {
    const plan = await createPlan();
    const editor = await userWithRole(plan.municipality.id, "EDITOR", [plan.planAreas[0]!.id]);
    expect((await outcome(updateDocument(editor, await documentForm(plan, { title: "Obehörig" })))).code).toBe("FORBIDDEN");
    expect((await outcome(createArea(editor, { documentId: plan.plan.id, title: "Obehörigt område" }))).code).toBe("FORBIDDEN");
  });
});

describe("editing areas, goals and sections", () => {
  it("lets an area-limited editor edit their own area and its goals, but not another area", async () => {
    const plan = await createPlan();
    const editor = await userWithRole(plan.municipality.id, "EDITOR", [plan.areas[0]!.id]);
    const area = { id: plan.areas[0]!.id, version: 1, number: "1", title: "Nytt namn", focus: ["Trygghet"] };
    expect(await updateArea(editor, area)).toBe(2);
    const goal = { id: plan.goals[0]!.id, version: 1, areaId: plan.areas[0]!.id, code: "A", title: "Ett skarpare mål" };
    expect(await updateGoal(editor, goal)).toBe(2);
    expect((await outcome(updateArea(editor, { ...area, id: plan.areas[1]!.id, number: "2" }))).code).toBe("FORBIDDEN");
    // Moving a goal out of the editor's area into another is refused too.
    expect((await outcome(updateGoal(editor, { ...goal, version: 2, areaId: plan.areas[1]!.id }))).code).toBe("FORBIDDEN");
  });

  it("refuses to move a goal into an area of another document as a mistake in the form, not a crash", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const goal = { id: plan.goals[0]!.id, version: 1, areaId: plan.planAreas[0]!.id, code: "A", title: "Mål" };
    expect((await outcome(updateGoal(admin, goal))).code).toBe("INVALID");
    expect(await db.goal.findUniqueOrThrow({ where: { id: goal.id }, select: { areaId: true } })).toEqual({ areaId: plan.areas[0]!.id });
  });

  it("refuses a goal code already used in the document", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const result = await outcome(updateGoal(admin, { id: plan.goals[0]!.id, version: 1, areaId: plan.areas[0]!.id, code: "B", title: "Mål" }));
    expect(result).toEqual({ code: "INVALID", fields: { code: ["Numret används redan av en annan post här."] } });
  });

  it("adds, edits and reorders sections, recording each move", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const first = await createSection(admin, { documentId: plan.plan.id, heading: "Syfte", body: "Planens syfte." });
    const second = await createSection(admin, { documentId: plan.plan.id, heading: "Uppföljning", level: 3 });
    expect((await outcome(updateSection(admin, { id: first, version: 1, heading: "Syfte", body: "<iframe src=x>" }))).fields).toHaveProperty("body");

    await moveRecord(admin, { type: "section", id: second, version: 1, direction: "up" });
    const order = await db.documentSection.findMany({ where: { documentId: plan.plan.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(order.map((s) => s.id)).toEqual([second, first]);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "section", entityId: second, version: 2 } });
    expect(revision.changes).toEqual([{ field: "place", before: 2, after: 1 }]);
    expect(await db.documentSection.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ version: 2 });
    // Already first: nothing to do, nothing written.
    expect(await moveRecord(admin, { type: "section", id: second, version: 2, direction: "up" })).toBe(2);
  });
});
