import { beforeEach, describe, expect, it, vi } from "vitest";
import { expiredTags as expired } from "../../support/next-cache";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { createItem } from "@/lib/municipal-items/commands/create-item";
import { updateItem } from "@/lib/municipal-items/commands/update-item";
import { organisationItem } from "@/lib/organisations/item";
import { updateMunicipality } from "@/lib/municipalities/commands/update-municipality";
import { updateAction } from "@/lib/actions/commands/update-action";
import { setStatus } from "@/lib/records/commands/set-status";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { createPlan, type Plan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { failure } from "../../support/app-error";
import { swedishFields } from "../../support/swedish";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

let plan: Plan;
beforeEach(async () => {
  plan = await createPlan();
  expired.length = 0;
});

describe("responsible bodies and partners", () => {
  it("creates one that an action can then name as responsible, and renames it", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const id = await createItem(organisationItem, admin, { municipalityId: plan.municipality.id, name: "Föreningen Trygga vuxna" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: "foreningen-trygga-vuxna", version: 1 });

    const action = plan.actions[0]!;
    const actionForm = {
      id: action.id,
      version: 1,
      areaId: plan.planAreas[0]!.id,
      number: "1",
      title: action.title,
      text: "Ursprunglig text.",
      goalIds: [plan.goals[0]!.id],
      responsibleIds: [id],
      agenda2030: [3],
    };
    await updateAction(admin, actionForm);

    expect(await updateItem(organisationItem, admin, { id, version: 1, name: "Föreningen Trygga Vuxna i Provkommun" })).toBe(2);
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Föreningen Trygga Vuxna i Provkommun",
      slug: "foreningen-trygga-vuxna-i-provkommun",
    });
    expect(await db.actionOrganisation.findMany({ where: { actionId: action.id }, select: { organisationId: true } })).toEqual([{ organisationId: id }]);
    // Action and goal pages name it; they all carry the municipality's tag.
    expect(expired).toContain(cacheTags.municipality(plan.municipality.slug));

    const created = await db.revision.findFirstOrThrow({ where: { entityType: "organisation", entityId: id, version: 1 } });
    expect(await restoreRevision(admin, { revisionId: created.id, version: 2 })).toBe(3);
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Föreningen Trygga vuxna", slug: "foreningen-trygga-vuxna" });
  });

  it("refuses a name another organisation of the municipality has (whatever its capitals), and a status", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await createItem(organisationItem, admin, { municipalityId: plan.municipality.id, name: "Föreningen Trygga vuxna" });
    const taken = { name: ["Det finns redan en organisation med det namnet."] };
    expect(
      swedishFields(
        (await failure(createItem(organisationItem, admin, { municipalityId: plan.municipality.id, name: "föreningen trygga Vuxna" }))).details.fieldErrors,
      ),
    ).toEqual(taken);
    expect(
      swedishFields(
        (await failure(updateItem(organisationItem, admin, { id: plan.organisations[1]!.id, version: 1, name: "Föreningen trygga vuxna" }))).details
          .fieldErrors,
      ),
    ).toEqual(taken);
    expect((await failure(setStatus(admin, { type: "organisation", id: plan.organisations[0]!.id, version: 1, status: "ARCHIVED" }))).code).toBe("INVALID");
  });

  it("refuses an editor limited to an area", async () => {
    const editor = await userWithRole(plan.municipality.id, "EDITOR", [plan.planAreas[0]!.id]);
    expect((await failure(createItem(organisationItem, editor, { municipalityId: plan.municipality.id, name: "Nytt bolag" }))).code).toBe("FORBIDDEN");
  });
});

describe("the municipality's own settings", () => {
  const settings = (overrides: Record<string, unknown> = {}) => ({
    id: plan.municipality.id,
    version: 1,
    name: "Provkommunen",
    shortName: "Prov",
    intro: "Välkommen.",
    ...overrides,
  });

  it("lets an administrator rename the municipality, expiring every page that names it, and restore the name", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    expect(await updateMunicipality(admin, settings({ contact: "Ring **växeln**." }))).toBe(2);
    expect(await db.municipality.findUniqueOrThrow({ where: { id: plan.municipality.id } })).toMatchObject({
      name: "Provkommunen",
      contact: "Ring **växeln**.",
    });
    expect(expired).toEqual(expect.arrayContaining([cacheTags.municipalities(), cacheTags.municipality(plan.municipality.slug), cacheTags.agenda2030()]));

    await updateMunicipality(admin, settings({ name: "Nya namnet", version: 2 }));
    const first = await db.revision.findFirstOrThrow({ where: { entityType: "municipality", entityId: plan.municipality.id, version: 2 } });
    await restoreRevision(admin, { revisionId: first.id, version: 3 });
    expect((await db.municipality.findUniqueOrThrow({ where: { id: plan.municipality.id } })).name).toBe("Provkommunen");
  });

  it("refuses everyone else: editors, reviewers, other municipalities, the signed out", async () => {
    const users = [
      await userWithRole(plan.municipality.id, "EDITOR"),
      await userWithRole(plan.municipality.id, "REVIEWER"),
      await userWithRole((await createPlan()).municipality.id, "ADMIN"),
      null,
    ];
    for (const user of users) {
      expect((await failure(updateMunicipality(user, settings({ name: "Kapad" })))).code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await db.municipality.findUniqueOrThrow({ where: { id: plan.municipality.id } })).toMatchObject({ name: plan.municipality.name, version: 1 });
  });

  it("refuses an empty name and an introduction with a script", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = await failure(updateMunicipality(admin, settings({ name: "", intro: "<script>x</script>" })));
    expect(Object.keys(error.details.fieldErrors ?? {}).sort()).toEqual(["intro", "name"]);
  });
});
