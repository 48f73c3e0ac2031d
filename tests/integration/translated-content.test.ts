import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { recordKinds } from "@/lib/records/kinds";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { createSection } from "@/lib/sections/commands/create-section";
import { localized } from "@/lib/i18n/localized";
import { getGoal } from "@/lib/goals/queries";
import { createPlan } from "../factories/plan";
import { userWithRole } from "../factories/users";
import { editForm } from "../support/permission-matrix";
import { failure } from "../support/app-error";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

const revisionAt = (entityType: string, entityId: number, version: number) => db.revision.findFirstOrThrow({ where: { entityType, entityId, version } });

describe("translations through the write engine", () => {
  it("saves a goal's English title and text as the form posts them, recorded field by field in its history", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const goalId = plan.goals[0]!.id;

    const version = await recordKinds.goal!.update(
      admin,
      await editForm("goal", goalId, {
        "translations.en.title": "Everyone feels safe",
        "translations.en.text": "Safety in every district.",
        "translations.fi.title": " ",
      }),
    );

    const row = await db.goal.findUniqueOrThrow({ where: { id: goalId } });
    expect(row.translations).toEqual({ en: { title: "Everyone feels safe", text: "Safety in every district." } });
    expect(row.title).toBe("Mål A");
    const revision = await revisionAt("goal", goalId, version);
    expect(revision.changes).toEqual([
      { field: "translations.en.title", before: null, after: "Everyone feels safe" },
      { field: "translations.en.text", before: null, after: "Safety in every district." },
    ]);
    // The goal page's query returns them, for the page to choose by its language.
    const page = (await getGoal.uncached(plan.municipality.slug, plan.strategy.slug, row.slug))!;
    expect(localized(page, "title", "en")).toEqual({ text: "Everyone feels safe", lang: "en" });
    expect(localized(page, "text", "en")).toEqual({ text: "Safety in every district.", lang: "en" });
    expect(localized(page, "title", "fi")).toEqual({ text: "Mål A", lang: "sv" });
  });

  it("names a translation field in the conflict when someone else changed it meanwhile", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const goalId = plan.goals[0]!.id;
    const stale = await editForm("goal", goalId);

    await recordKinds.goal!.update(admin, await editForm("goal", goalId, { "translations.fi.title": "Kaikki tuntevat olonsa turvalliseksi" }));
    const error = await failure(recordKinds.goal!.update(admin, { ...stale, "translations.en.title": "Everyone feels safe" }));

    expect(error.code).toBe("CONFLICT");
    expect(error.details.conflict?.changes).toEqual([
      expect.objectContaining({ field: "translations.fi.title", before: null, after: "Kaikki tuntevat olonsa turvalliseksi" }),
    ]);
    expect((await db.goal.findUniqueOrThrow({ where: { id: goalId } })).translations).toEqual({ fi: { title: "Kaikki tuntevat olonsa turvalliseksi" } });
  });

  it("restores an area's translations as they were, and empties them again", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const areaId = plan.areas[0]!.id;
    const untranslated = await recordKinds.area!.update(admin, await editForm("area", areaId, { title: "Trygghet" }));
    const withFinnish = await recordKinds.area!.update(admin, await editForm("area", areaId, { "translations.fi.title": "Turvallisuus" }));
    const changed = await recordKinds.area!.update(
      admin,
      await editForm("area", areaId, { "translations.fi.title": "Turvallinen kunta", "translations.en.description": "A safe municipality." }),
    );
    const area = () => db.area.findUniqueOrThrow({ where: { id: areaId } });

    const restored = await restoreRevision(admin, { revisionId: (await revisionAt("area", areaId, withFinnish)).id, version: changed });
    expect((await area()).translations).toEqual({ fi: { title: "Turvallisuus" } });
    expect((await revisionAt("area", areaId, restored)).changes).toEqual([
      { field: "translations.fi.title", before: "Turvallinen kunta", after: "Turvallisuus" },
      { field: "translations.en.description", before: "A safe municipality.", after: null },
    ]);

    await restoreRevision(admin, { revisionId: (await revisionAt("area", areaId, untranslated)).id, version: restored });
    expect(await area()).toMatchObject({ title: "Trygghet", translations: {} });
  });

  it("creates a section with a Finnish heading given as an object (content import, API) and records it", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const id = await createSection(admin, {
      documentId: plan.plan.id,
      heading: "Bakgrund",
      body: "Text.",
      translations: { fi: { heading: "Tausta", body: "" }, en: {} },
    });

    expect((await db.documentSection.findUniqueOrThrow({ where: { id } })).translations).toEqual({ fi: { heading: "Tausta" } });
    const revision = await revisionAt("section", id, 1);
    expect(revision.snapshot).toMatchObject({ heading: "Bakgrund", "translations.fi.heading": "Tausta" });
    expect(revision.snapshot).not.toHaveProperty("translations");
  });

  it("refuses a translation that breaks the Swedish field's rules, or a language it does not know", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const goalId = plan.goals[0]!.id;

    const tooLong = await failure(recordKinds.goal!.update(admin, await editForm("goal", goalId, { "translations.en.title": "x".repeat(501) })));
    expect(tooLong.code).toBe("INVALID");
    expect(Object.keys(tooLong.details.fieldErrors ?? {})).toEqual(["translations.en.title"]);

    const unknown = await failure(recordKinds.goal!.update(admin, await editForm("goal", goalId, { translations: { de: { title: "Sicherheit" } } })));
    expect(unknown.code).toBe("INVALID");
  });
});
