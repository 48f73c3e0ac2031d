import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getAction, getActionPreview } from "@/lib/actions/queries";
import { getArea } from "@/lib/areas/queries";
import { getDocument } from "@/lib/documents/queries";
import { getGoal } from "@/lib/goals/queries";
import { FULL_LIST_LIMIT, getAgendaGoal } from "@/lib/agenda2030/queries";
import { createPlan } from "../factories/plan";
import { resetDatabase } from "../support/database";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

describe("what the public pages show", () => {
  it("shows published goals and actions only inside a published area of a public document; a preview shows the record in any status", async () => {
    const plan = await createPlan();
    const m = plan.municipality.slug;
    expect(await getAction(m, "handlingsplan", plan.actions[0]!.slug)).toMatchObject({ title: "Åtgärd 1.1" });

    await db.area.update({ where: { id: plan.planAreas[0]!.id }, data: { status: "DRAFT" } });
    expect(await getAction(m, "handlingsplan", plan.actions[0]!.slug), "an action in a draft area").toBeNull();
    expect(await getArea(m, "handlingsplan", plan.planAreas[0]!.slug)).toBeNull();
    const goal = await getGoal(m, "strategi", plan.goals[0]!.slug);
    expect(goal?.actions, "a strategy goal no longer lists the action of the draft area").toEqual([]);
    const doc = await getDocument(m, "handlingsplan");
    expect(doc?.areas.map((a) => a.slug)).toEqual([plan.planAreas[1]!.slug]);
    const linked = (await getAgendaGoal(3))?.items?.actions.filter((l) => l.action.document.municipality.slug === m).map((l) => l.action.slug);
    expect(linked, "the Agenda 2030 page lists only the action in the published area").toEqual([plan.actions[1]!.slug]);
    expect(await getActionPreview(plan.municipality.id, plan.actions[0]!.id), "coordinators still preview it").toMatchObject({ title: "Åtgärd 1.1" });

    await db.action.update({ where: { id: plan.actions[1]!.id }, data: { status: "ARCHIVED" } });
    expect(await getAction(m, "handlingsplan", plan.actions[1]!.slug)).toBeNull();
    expect(await getActionPreview(plan.municipality.id, plan.actions[1]!.id), "coordinators may look at what they archived").toMatchObject({ status: "ARCHIVED" });
    expect(await getActionPreview(plan.municipality.id + 1_000_000, plan.actions[1]!.id), "never another municipality's").toBeNull();
  });

  it("hides every page of a draft document", async () => {
    const plan = await createPlan({ documentStatus: "DRAFT" });
    const m = plan.municipality.slug;
    expect(await getDocument(m, "handlingsplan")).toBeNull();
    expect(await getAction(m, "handlingsplan", plan.actions[0]!.slug)).toBeNull();
    expect((await getGoal(m, "strategi", plan.goals[0]!.slug))?.actions).toEqual([]);
  });
});

describe("an Agenda 2030 goal's page at national scale", () => {
  it("lists every linked item while they make a readable list, and beyond that only how many per municipality", async () => {
    // Other files in this worker (the scale seed, the demo import) may have left links to goal 14.
    await resetDatabase();
    const plan = await createPlan();
    expect((await getAgendaGoal(14))?.items?.areas, "nothing linked yet: an empty list").toEqual([]);
    const areas = await db.area.createManyAndReturn({
      data: Array.from({ length: FULL_LIST_LIMIT + 1 }, (_, i) => ({ documentId: plan.strategy.id, slug: `hav-${i}`, number: `H${i}`, title: `Hav ${i}`, position: 100 + i })),
      select: { id: true },
    });
    await db.areaAgendaGoal.createMany({ data: areas.map((a) => ({ areaId: a.id, goalNumber: 14 })) });
    const goal = await getAgendaGoal(14);
    expect(goal).toMatchObject({ linked: FULL_LIST_LIMIT + 1, items: null });
    await db.areaAgendaGoal.deleteMany({ where: { goalNumber: 14 } });
  });
});
