import { beforeEach, describe, expect, it, vi } from "vitest";
import { expiredTags as expired } from "../../support/next-cache";
import { db } from "@/lib/db/client";
import { failure } from "../../support/app-error";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { updateAction } from "@/lib/actions/commands/update-action";
import { createAction } from "@/lib/actions/commands/create-action";
import { setStatus } from "@/lib/records/commands/set-status";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { createPlan, type Plan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { swedish, swedishFields } from "../../support/swedish";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const formFor = (plan: Plan, i: number, overrides: Record<string, unknown> = {}) => ({
  id: plan.actions[i]!.id,
  version: 1,
  areaId: plan.planAreas[i]!.id,
  number: "1",
  title: plan.actions[i]!.title,
  text: "Ursprunglig text.",
  goalIds: [plan.goals[i]!.id],
  responsibleIds: [plan.organisations[0]!.id],
  partnerIds: [],
  agenda2030: [3],
  publicHealth: [],
  ...overrides,
});

describe("editing an action", () => {
  let plan: Plan;
  beforeEach(async () => {
    plan = await createPlan();
    expired.length = 0;
  });

  it("saves text and goal links, records who changed what, audits it and expires exactly the pages that show it", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const version = await updateAction(admin, formFor(plan, 0, { text: "Ny text.", goalIds: [plan.goals[0]!.id, plan.goals[1]!.id] }));
    expect(version).toBe(2);

    const action = await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id }, include: { goals: true } });
    expect(action.text).toBe("Ny text.");
    expect(action.goals.map((g) => g.goalId).sort()).toEqual([plan.goals[0]!.id, plan.goals[1]!.id].sort());

    const [revision] = await db.revision.findMany({ where: { entityType: "action", entityId: action.id } });
    expect(revision).toMatchObject({ version: 2, kind: "UPDATE", userId: admin.id });
    expect(revision!.changes).toEqual([
      { field: "text", before: "Ursprunglig text.", after: "Ny text." },
      { field: "goalIds", before: [plan.goals[0]!.id], after: [plan.goals[0]!.id, plan.goals[1]!.id].sort((a, b) => a - b) },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "action", entityId: action.id } });
    expect(audit).toMatchObject({ action: "update", actor: admin.email, municipalityId: plan.municipality.id });

    const m = plan.municipality.slug;
    expect(expired).toEqual(
      expect.arrayContaining([
        cacheTags.document(m, "handlingsplan"),
        cacheTags.page(paths.goal(m, "strategi", plan.goals[0]!.slug)),
        cacheTags.page(paths.goal(m, "strategi", plan.goals[1]!.slug)),
      ]),
    );
    expect(expired).not.toContain(cacheTags.document(m, "strategi"));
  });

  it("refuses the second of two saves from the same version, shows what the first changed, and keeps the first", async () => {
    const first = await userWithRole(plan.municipality.id, "ADMIN");
    const second = await userWithRole(plan.municipality.id, "EDITOR");
    await updateAction(first, formFor(plan, 0, { title: "Förstas rubrik" }));

    const error = await failure(updateAction(second, formFor(plan, 0, { title: "Andras rubrik" })));
    expect(error.code).toBe("CONFLICT");
    expect(error.status).toBe(409);
    expect(error.details.conflict).toMatchObject({
      currentVersion: 2,
      changes: [{ field: "title", before: "Åtgärd 1.1", after: "Förstas rubrik", by: first.name }],
    });
    expect((await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id } })).title).toBe("Förstas rubrik");

    // Having seen the other change, the second person saves over it knowingly.
    await updateAction(second, formFor(plan, 0, { title: "Andras rubrik", version: error.details.conflict!.currentVersion }));
    expect((await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id } })).title).toBe("Andras rubrik");
  });

  it("restores an earlier version as a new revision", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await updateAction(admin, formFor(plan, 0, { text: "Andra versionen." }));
    await updateAction(admin, formFor(plan, 0, { text: "Tredje versionen.", version: 2 }));
    const second = await db.revision.findFirstOrThrow({ where: { entityType: "action", entityId: plan.actions[0]!.id, version: 2 } });

    expect(await restoreRevision(admin, { revisionId: second.id, version: 3 })).toBe(4);
    expect((await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id } })).text).toBe("Andra versionen.");
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: "action", entityId: plan.actions[0]!.id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ version: 4, kind: "RESTORE", changes: [{ field: "text", before: "Tredje versionen.", after: "Andra versionen." }] });
  });

  it("creates new actions as drafts in a public document, and publishing makes them public", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const { id: _id, version: _version, ...fields } = formFor(plan, 0, { number: "2", title: "En ny åtgärd" });
    const id = await createAction(admin, fields);
    const created = await db.action.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ status: "DRAFT", slug: "1-2-en-ny-atgard", position: 1, version: 1 });

    await setStatus(admin, { type: "action", id, version: 1, status: "PUBLISHED" });
    expect((await db.action.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    const kinds = await db.revision.findMany({ where: { entityType: "action", entityId: id }, orderBy: { version: "asc" }, select: { kind: true } });
    expect(kinds.map((k) => k.kind)).toEqual(["CREATE", "PUBLISH"]);
  });

  it("keeps a renamed action's old address working", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await updateAction(admin, formFor(plan, 0, { slug: "nytt-namn" }));
    const m = plan.municipality.slug;
    expect(await db.pathRedirect.findUnique({ where: { fromPath: paths.action(m, "handlingsplan", "1-1-atgard") } })).toMatchObject({
      toPath: paths.action(m, "handlingsplan", "nytt-namn"),
    });
  });
});

describe("bad input to an action", () => {
  let plan: Plan;
  beforeEach(async () => {
    plan = await createPlan();
  });

  it.each([
    ["an empty title", { title: "  " }, "title"],
    ["an over-long title", { title: "x".repeat(301) }, "title"],
    ["a script tag in the Markdown", { text: "Hej <script>alert(1)</script>" }, "text"],
    ["an unknown Agenda 2030 goal", { agenda2030: [18] }, "agenda2030.0"],
    ["a goal id that is not a number", { goalIds: ["abc"] }, "goalIds.0"],
  ])("refuses %s with a Swedish message on the field and writes nothing", async (_case, overrides, field) => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = await failure(updateAction(admin, formFor(plan, 0, overrides)));
    expect(error.code).toBe("INVALID");
    expect(swedish(error.details.fieldErrors?.[field]?.[0] ?? "")).toMatch(/[a-zåäö]/i);
    expect(await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id } })).toMatchObject({ version: 1, text: "Ursprunglig text." });
    expect(await db.revision.count({ where: { entityId: plan.actions[0]!.id, entityType: "action" } })).toBe(0);
  });

  it("refuses links to another municipality's goals", async () => {
    const other = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = await failure(updateAction(admin, formFor(plan, 0, { goalIds: [other.goals[0]!.id] })));
    expect(swedishFields(error.details.fieldErrors)?.goalIds).toEqual(["Ett av de valda målen finns inte i den här kommunen."]);
  });

  it("refuses to move an action into an area of another document as a mistake in the form, not a crash", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = await failure(updateAction(admin, formFor(plan, 0, { areaId: plan.areas[0]!.id })));
    expect(error.code).toBe("INVALID");
    expect(await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id }, select: { areaId: true } })).toEqual({ areaId: plan.planAreas[0]!.id });
  });

  it("answers an unknown id with not found", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    expect((await failure(updateAction(admin, formFor(plan, 0, { id: 99_999_999 })))).code).toBe("NOT_FOUND");
  });
});

describe("who may edit an action", () => {
  it.each([
    ["a reviewer", "REVIEWER", false],
    ["an editor limited to another area", "EDITOR", true],
  ] as const)("refuses %s and changes nothing", async (_case, role, limitToOtherArea) => {
    const plan = await createPlan();
    const user = await userWithRole(plan.municipality.id, role, limitToOtherArea ? [plan.planAreas[1]!.id] : undefined);
    // One at a time: a refusal that settled while the test awaited the other would be an unhandled rejection.
    for (const attempt of [
      () => updateAction(user, formFor(plan, 0, { title: "Obehörig" })),
      () => setStatus(user, { type: "action", id: plan.actions[0]!.id, version: 1, status: "ARCHIVED" }),
    ]) {
      expect((await failure(attempt())).code).toBe("FORBIDDEN");
    }
    expect(await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id } })).toMatchObject({ title: "Åtgärd 1.1", status: "PUBLISHED", version: 1 });
  });

  it("lets an editor limited to the action's area edit it", async () => {
    const plan = await createPlan();
    const editor = await userWithRole(plan.municipality.id, "EDITOR", [plan.planAreas[0]!.id]);
    expect(await updateAction(editor, formFor(plan, 0, { title: "Inom mitt område" }))).toBe(2);
  });

  it("refuses a user of another municipality", async () => {
    const plan = await createPlan();
    const other = await createPlan();
    const stranger = await userWithRole(other.municipality.id, "ADMIN");
    expect((await failure(updateAction(stranger, formFor(plan, 0, { title: "Fel kommun" })))).code).toBe("FORBIDDEN");
    expect((await db.action.findUniqueOrThrow({ where: { id: plan.actions[0]!.id } })).title).toBe("Åtgärd 1.1");
  });
});
