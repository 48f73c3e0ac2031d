import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { db } from "@/lib/db/client";
import { exportMunicipality } from "@/lib/content-sync/export";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { documentContentSchema } from "@/lib/content/schema";
import { resetDatabase } from "../support/database";

const DEMO_CONTENT = path.join(process.cwd(), "content");
const STRATEGY = "municipalities/exempelkommun/documents/strategi-social-hallbarhet-2023-2030.yaml";

beforeEach(resetDatabase);

describe("translations in content files", () => {
  it("imports the demo municipality's Finnish area and English goal and writes them back in the same YAML", async () => {
    await importContent(db, await loadContent(DEMO_CONTENT));

    const goal = await db.goal.findFirstOrThrow({ where: { title: "Barn och unga känner sig trygga", document: { municipality: { slug: "exempelkommun" } } } });
    expect(goal.translations).toEqual({
      en: { title: "Children and young people feel safe", text: "More children and young people should feel safe at school and in the area where they live." },
    });
    const area = await db.area.findUniqueOrThrow({ where: { id: goal.areaId } });
    expect(area.translations).toMatchObject({ fi: { title: "Turvallinen kasvuympäristö" } });

    const exported = parse((await exportMunicipality("exempelkommun"))!.get(STRATEGY)!);
    expect(exported.areas[0].translations.fi.title).toBe("Turvallinen kasvuympäristö");
    expect(exported.areas[0].goals[1].translations).toEqual(goal.translations);
    // Items without translations carry none in the file.
    expect(exported.areas[0].goals[0]).not.toHaveProperty("translations");
    expect(exported.areas[1]).not.toHaveProperty("translations");

    // Importing the same content again changes nothing: the stored object compares equal whatever its key order.
    expect((await importContent(db, await loadContent(DEMO_CONTENT))).records).toEqual([]);
  });

  it("records a changed translation in a content import as a field change of its own", async () => {
    const content = await loadContent(DEMO_CONTENT);
    await importContent(db, content);
    const doc = content.municipalities
      .find((m) => m.municipality.slug === "exempelkommun")!
      .documents.find((d) => d.slug === "strategi-social-hallbarhet-2023-2030")!;
    doc.areas[0]!.goals[1]!.translations = { en: { title: "Children and young people are safe" } };

    const report = await importContent(db, content);

    expect(report.records).toEqual([
      expect.objectContaining({
        change: "changed",
        fields: ["translations.en.title", "translations.en.text"],
      }),
    ]);
  });

  it("refuses an unknown language or field, and an empty translation is no translation", () => {
    const base = { slug: "plan", kind: "strategy", title: "Plan", summary: "Om planen." };
    expect(documentContentSchema.safeParse({ ...base, translations: { de: { title: "Plan" } } }).success).toBe(false);
    expect(documentContentSchema.safeParse({ ...base, translations: { en: { heading: "Plan" } } }).success).toBe(false);
    expect(documentContentSchema.parse({ ...base, translations: { fi: { title: " " }, en: { title: "Plan", summary: "" } } }).translations).toEqual({
      en: { title: "Plan" },
    });
  });
});
