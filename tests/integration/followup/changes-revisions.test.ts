import { describe, expect, it, vi } from "vitest";
import { getGoalChanges } from "@/lib/followup/changes";
import { goalFeed } from "@/lib/feeds/goal";
import { updateAction } from "@/lib/actions/commands/update-action";
import { updateGoal } from "@/lib/goals/commands/update-goal";
import { setStatus } from "@/lib/records/commands/set-status";
import { createPlan, type Plan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const actionForm = (plan: Plan, version: number, title: string) => ({
  id: plan.actions[0]!.id,
  version,
  areaId: plan.planAreas[0]!.id,
  number: "1",
  title,
  text: "Ursprunglig text.",
  goalIds: [plan.goals[0]!.id],
  responsibleIds: [plan.organisations[0]!.id],
  partnerIds: [],
  agenda2030: [3],
  publicHealth: [],
});

describe("what changed on a goal's page: published edits of the goal and its actions", () => {
  it("shows a published edit and a publication, never an edit made while the action was a draft nor its text", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const since = new Date().toISOString().slice(0, 10);
    const action = { type: "action" as const, id: plan.actions[0]!.id };

    let version = await setStatus(admin, { ...action, version: 1, status: "DRAFT" });
    version = await updateAction(admin, actionForm(plan, version, "Hemlig rubrik i utkastet"));
    version = await setStatus(admin, { ...action, version, status: "PUBLISHED" });
    await updateAction(admin, actionForm(plan, version, "Publicerad ny rubrik"));

    const changes = await getGoalChanges(plan.municipality.slug, "strategi", plan.goals[0]!.slug, since);
    expect(JSON.stringify(changes)).not.toContain("Hemlig rubrik i utkastet");
    expect(changes?.map((c) => c.kind)).toEqual(["edit", "published"]);
    expect(changes?.[0]).toMatchObject({ kind: "edit", fields: ["title"], title: "Publicerad ny rubrik", subject: { label: "Åtgärd", number: "1.1" } });

    // The goal's Atom feed carries the same changes in the same words.
    const feed = await goalFeed(plan.municipality.slug, "strategi", plan.goals[0]!.slug, "sv");
    expect(feed).toContain("<summary>Åtgärd 1.1: Publicerad ny rubrik: ändrade rubriken. Ny rubrik: ”Publicerad ny rubrik”.</summary>");
    expect(feed).toContain("<summary>Åtgärd 1.1: Publicerad ny rubrik publicerades.</summary>");
    expect(feed).not.toContain("Hemlig rubrik i utkastet");
    expect(await goalFeed(plan.municipality.slug, "strategi", "finns-inte", "sv")).toBeNull();
  });

  it("shows the goal's own published text change, and nothing of a goal that is a draft now", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const since = new Date().toISOString().slice(0, 10);
    const goal = plan.goals[0]!;
    const form = {
      id: goal.id,
      version: 1,
      areaId: plan.areas[0]!.id,
      code: "A",
      title: goal.title,
      text: "Ny text om målet.",
      agenda2030: [],
      publicHealth: [],
    };
    const version = await updateGoal(admin, form);

    const changes = await getGoalChanges(plan.municipality.slug, "strategi", goal.slug, since);
    expect(changes).toEqual([
      expect.objectContaining({ kind: "edit", fields: ["text"], title: null, subject: expect.objectContaining({ label: "Mål", number: "A" }) }),
    ]);

    await setStatus(admin, { type: "goal", id: goal.id, version, status: "DRAFT" });
    expect(await getGoalChanges(plan.municipality.slug, "strategi", goal.slug, since)).toBeNull();
  });

  it("shows an edit of the translations alone, in the reader's language", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const since = new Date().toISOString().slice(0, 10);
    const goal = plan.goals[0]!;
    const form = { id: goal.id, version: 1, areaId: plan.areas[0]!.id, code: "A", title: goal.title, text: goal.text ?? "", agenda2030: [], publicHealth: [] };
    await updateGoal(admin, { ...form, "translations.en.title": "Everyone feels safe" });

    const changes = await getGoalChanges(plan.municipality.slug, "strategi", goal.slug, since);
    expect(changes).toEqual([expect.objectContaining({ kind: "edit", fields: ["translations"], title: null })]);
    const feed = await goalFeed(plan.municipality.slug, "strategi", goal.slug, "en");
    expect(feed).toContain("<summary>Goal A: Everyone feels safe: changed the translations.</summary>");
  });
});
