import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createItem } from "@/lib/municipal-items/commands/create-item";
import { updateItem } from "@/lib/municipal-items/commands/update-item";
import { groupItem } from "@/lib/people/item";
import { processMapItem } from "@/lib/process-maps/item";
import { situationItem } from "@/lib/situation/item";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { createMunicipalContent, type MunicipalContent } from "../../factories/municipal";
import { createPlan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { failure } from "../../support/app-error";
import { swedishFields } from "../../support/swedish";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const anna = { name: "Anna Andersson", role: "Ordförande", party: "S" };
const bo = { name: "Bo Berg", role: "Ledamot", party: "M", email: "bo.berg@kommun.example.se" };
const groupForm = (c: MunicipalContent, overrides: Record<string, unknown> = {}) => ({
  id: c.group.id,
  version: 1,
  name: "Beredningen",
  kind: "committee",
  members: [anna, bo],
  ...overrides,
});
const members = async (c: MunicipalContent) =>
  db.groupMember.findMany({ where: { groupId: c.group.id }, orderBy: { position: "asc" }, select: { name: true, role: true, email: true } });

const processForm = (c: MunicipalContent, processes: unknown[], version = 1) => ({ id: c.processMap.id, version, title: "Processkarta", processes });
const styra = { kind: "management", number: "1", title: "Styra", proposals: ["Ett förslag."] };

let c: MunicipalContent;
beforeEach(async () => {
  c = await createMunicipalContent();
});

describe("a group's members, edited as part of the group", () => {
  it("saves added, removed and reordered members, and the revision holds the whole list", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const cecilia = { name: "Cecilia Ek", role: "Vice ordförande", party: "C", phone: "08-123 45" };
    await updateItem(groupItem, admin, groupForm(c, { members: [bo, cecilia] }));
    expect(await members(c)).toEqual([
      { name: "Bo Berg", role: "Ledamot", email: "bo.berg@kommun.example.se" },
      { name: "Cecilia Ek", role: "Vice ordförande", email: null },
    ]);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "group", entityId: c.group.id } });
    expect(revision.changes).toEqual([{ field: "members", before: [anna, bo], after: [bo, cecilia] }]);
  });

  it("writes nothing when the members are saved unchanged", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    expect(await updateItem(groupItem, admin, groupForm(c))).toBe(1);
    expect(await db.revision.count({ where: { entityType: "group", entityId: c.group.id } })).toBe(0);
  });

  it("restores an earlier member list", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    await updateItem(groupItem, admin, groupForm(c, { members: [{ name: "Dora Dahl" }] }));
    const original = await db.revision.create({
      data: {
        entityType: "group",
        entityId: c.group.id,
        municipalityId: c.municipality.id,
        version: 1,
        kind: "CREATE",
        changes: [],
        snapshot: { name: "Beredningen", kind: "committee", description: null, documentId: null, slug: "beredningen", members: [anna, bo] },
      },
    });
    expect(await restoreRevision(admin, { revisionId: original.id, version: 2 })).toBe(3);
    expect((await members(c)).map((m) => m.name)).toEqual(["Anna Andersson", "Bo Berg"]);
  });

  it.each([
    ["an e-mail address that is not one", { members: [anna, { ...bo, email: "bo.berg" }] }, "members.1.email", "Ogiltig e-postadress"],
    ["a member without a name", { members: [{ name: "" }] }, "members.0.name", "Får inte vara tomt"],
    ["no members at all", { members: [] }, "members", "En grupp behöver minst en person"],
    ["an unknown kind of group", { kind: "club" }, "kind", undefined],
  ])("refuses %s on the cell it concerns and writes nothing", async (_case, overrides, field, message) => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const error = await failure(updateItem(groupItem, admin, groupForm(c, overrides)));
    expect(error.code).toBe("INVALID");
    expect(swedishFields(error.details.fieldErrors)?.[field]?.[0]).toEqual(message ?? expect.stringMatching(/[a-zåäö]/i));
    expect((await members(c)).map((m) => m.name)).toEqual(["Anna Andersson", "Bo Berg"]);
  });

  it("refuses another municipality's document as the group's source", async () => {
    const other = await createPlan();
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const error = await failure(updateItem(groupItem, admin, groupForm(c, { documentId: other.plan.id })));
    expect(swedishFields(error.details.fieldErrors)).toEqual({ documentId: ["Dokumentet finns inte i den här kommunen."] });
  });

  it("refuses an editor limited to an area: a group lies in none", async () => {
    const editor = await userWithRole(c.municipality.id, "EDITOR", [c.planAreas[0]!.id]);
    expect((await failure(updateItem(groupItem, editor, groupForm(c, { members: [anna] })))).code).toBe("FORBIDDEN");
    expect(await members(c)).toHaveLength(2);
  });
});

describe("a process map's processes and proposals", () => {
  it("saves processes with their proposals in order, and restores the earlier ones", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const leda = { kind: "management", number: "2", title: "Leda", description: "Hur vi leder.", proposals: ["Första.", "Andra."] };
    const stodja = { kind: "support", number: "1", title: "Stödja", proposals: [] };
    await updateItem(processMapItem, admin, processForm(c, [leda, stodja, styra]));
    const stored = await db.process.findMany({
      where: { mapId: c.processMap.id },
      orderBy: { position: "asc" },
      select: { kind: true, number: true, proposals: { orderBy: { position: "asc" }, select: { text: true } } },
    });
    expect(stored).toEqual([
      { kind: "MANAGEMENT", number: "2", proposals: [{ text: "Första." }, { text: "Andra." }] },
      { kind: "SUPPORT", number: "1", proposals: [] },
      { kind: "MANAGEMENT", number: "1", proposals: [{ text: "Ett förslag." }] },
    ]);

    const before = await db.revision.create({
      data: {
        entityType: "processMap",
        entityId: c.processMap.id,
        municipalityId: c.municipality.id,
        version: 1,
        kind: "CREATE",
        changes: [],
        snapshot: { title: "Processkarta", intro: null, documentId: null, slug: "processkarta", processes: [styra] },
      },
    });
    await restoreRevision(admin, { revisionId: before.id, version: 2 });
    expect(await db.process.findMany({ where: { mapId: c.processMap.id }, select: { title: true } })).toEqual([{ title: "Styra" }]);
  });

  it.each([
    [
      "two processes of one kind with the same number",
      [styra, { ...styra, title: "Styra igen" }],
      "processes.1.number",
      "Numret används redan av en annan process av samma slag på kartan.",
    ],
    ["an over-long proposal", [{ ...styra, proposals: ["x".repeat(2001)] }], "processes.0.proposals.0", `Högst ${(2000).toLocaleString("sv-SE")} tecken`],
    ["no processes", [], "processes", undefined],
  ])("refuses %s", async (_case, processes, field, message) => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const error = await failure(updateItem(processMapItem, admin, processForm(c, processes)));
    expect(swedishFields(error.details.fieldErrors)?.[field]?.[0]).toEqual(message ?? expect.stringMatching(/[a-zåäö]/i));
    expect(await db.process.count({ where: { mapId: c.processMap.id } })).toBe(1);
  });
});

describe("a situation analysis's strengths, weaknesses, opportunities and challenges", () => {
  const analysis = (c: MunicipalContent, overrides: Record<string, unknown> = {}) => ({
    id: c.situation.id,
    version: 1,
    publicHealthArea: 1,
    strengths: ["En styrka."],
    challenges: ["En utmaning."],
    ...overrides,
  });

  it("saves the four lists and restores an earlier state of them", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    await updateItem(situationItem, admin, analysis(c, { weaknesses: ["En svaghet."], challenges: ["Andra utmaningen.", "En utmaning."] }));
    const items = await db.situationItem.findMany({
      where: { analysisId: c.situation.id },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
      select: { kind: true, text: true },
    });
    expect(items).toEqual([
      { kind: "STRENGTH", text: "En styrka." },
      { kind: "WEAKNESS", text: "En svaghet." },
      { kind: "CHALLENGE", text: "Andra utmaningen." },
      { kind: "CHALLENGE", text: "En utmaning." },
    ]);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "situation", entityId: c.situation.id } });
    expect(revision.changes).toEqual([
      { field: "challenges", before: ["En utmaning."], after: ["Andra utmaningen.", "En utmaning."] },
      { field: "weaknesses", before: [], after: ["En svaghet."] },
    ]);

    await updateItem(situationItem, admin, analysis(c, { version: 2, strengths: [] }));
    await restoreRevision(admin, { revisionId: revision.id, version: 3 });
    expect(await db.situationItem.count({ where: { analysisId: c.situation.id } })).toBe(4);
  });

  it("allows one analysis per public-health area", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const error = await failure(createItem(situationItem, admin, { municipalityId: c.municipality.id, publicHealthArea: 1, strengths: ["Något."] }));
    expect(swedishFields(error.details.fieldErrors)).toEqual({ publicHealthArea: ["Det finns redan en nulägesanalys för det här målområdet."] });
    const id = await createItem(situationItem, admin, { municipalityId: c.municipality.id, publicHealthArea: 2, opportunities: ["En möjlighet."] });
    expect(await db.situationAnalysis.findUniqueOrThrow({ where: { id }, include: { items: true } })).toMatchObject({
      status: "DRAFT",
      items: [{ kind: "OPPORTUNITY", text: "En möjlighet." }],
    });
  });

  it("refuses an empty item where it stands", async () => {
    const admin = await userWithRole(c.municipality.id, "ADMIN");
    const error = await failure(updateItem(situationItem, admin, analysis(c, { strengths: ["En styrka.", " "] })));
    expect(swedishFields(error.details.fieldErrors)).toEqual({ "strengths.1": ["Får inte vara tomt"] });
  });
});
