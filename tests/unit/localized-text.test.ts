import { translator } from "@/lib/i18n/translator";
import { levelLabelsIn } from "@/lib/labels";
import { describe, expect, it } from "vitest";
import { localized } from "@/lib/i18n/localized";
import { foldTranslationKeys, translationSnapshot } from "@/lib/translations/schema";
import { translationFields } from "@/lib/translations/form";
import { errorPlace, shownFields } from "@/lib/admin/fields";

const goal = { title: "Barn känner sig trygga", text: null as string | null, translations: { en: { title: "Children feel safe" }, fi: { title: "" } } };

describe("localized", () => {
  it("gives the translation in its language, and the Swedish text marked Swedish where there is none", () => {
    expect(localized(goal, "title", "en")).toEqual({ text: "Children feel safe", lang: "en" });
    expect(localized(goal, "title", "fi")).toEqual({ text: "Barn känner sig trygga", lang: "sv" });
    expect(localized(goal, "text", "en")).toEqual({ text: null, lang: "sv" });
    expect(localized(goal, "title", "sv")).toEqual({ text: "Barn känner sig trygga", lang: "sv" });
  });

  it("treats a record without translations, or with a malformed column, as Swedish only", () => {
    expect(localized({ title: "Mål" }, "title", "en")).toEqual({ text: "Mål", lang: "sv" });
    expect(localized({ title: "Mål", translations: { en: "Goal" } }, "title", "en")).toEqual({ text: "Mål", lang: "sv" });
  });
});

describe("translations as flat fields", () => {
  it("fold back into the object the schemas validate, and come out the same way", () => {
    const flat = translationSnapshot({ fi: { title: "Tavoite" }, en: { title: "Goal", text: "Text" } });
    expect(flat).toEqual({ "translations.fi.title": "Tavoite", "translations.en.title": "Goal", "translations.en.text": "Text" });
    expect(foldTranslationKeys({ code: "A", ...flat })).toEqual({ code: "A", translations: { fi: { title: "Tavoite" }, en: { title: "Goal", text: "Text" } } });
    expect(foldTranslationKeys({ code: "A" })).toEqual({ code: "A" });
  });
});

describe("the form's translation fields", () => {
  it("are named as the revision's fields, so an error on one is placed on it", () => {
    const fields = translationFields("goal");
    expect(fields.map((f) => f.name)).toEqual(["translations.fi.title", "translations.fi.text", "translations.en.title", "translations.en.text"]);
    const t = translator("sv");
    expect(errorPlace(t, shownFields(t, fields), "translations.en.title", "sv")).toEqual({
      name: "translations.en.title",
      label: t("admin.translations.en.title"),
    });
  });
});

describe("a document's level names", () => {
  const doc = {
    areaLabel: "Målområde",
    areaLabelPlural: "Målområden",
    goalLabel: "Målsättning",
    goalLabelPlural: "Målsättningar",
    actionLabel: "Åtgärd",
    actionLabelPlural: "Åtgärder",
    slug: "plan",
  };

  it("are the document's own words in Swedish", () => {
    expect(levelLabelsIn(translator("sv"), "sv", doc)).toBe(doc);
  });

  it("are the catalogue's level names in Finnish and English, keeping what else the document carries", () => {
    const en = levelLabelsIn(translator("en"), "en", doc);
    expect(en).toMatchObject({ areaLabel: "Target area", goalLabel: "Goal", actionLabelPlural: "Actions", slug: "plan" });
    expect(levelLabelsIn(translator("fi"), "fi", { ...doc, areaLabel: "Strategiskt område" }).areaLabel).toBe(translator("fi")("levels.area.singular"));
  });
});
