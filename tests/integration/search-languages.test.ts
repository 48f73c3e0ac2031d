import { translator } from "@/lib/i18n/translator";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { search, type SearchResult } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";
import { presentHit } from "@/lib/search/present";
import type { Locale } from "@/lib/i18n/routing";
import { resetDatabase } from "../support/database";
import { seedFindability } from "../factories/findability";

const CHILD_GOAL = "Varje barn lever i ekonomisk trygghet";
const VIOLENCE_GOAL = "Minska våld i nära relationer";

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
  await db.goal.updateMany({
    where: { title: CHILD_GOAL },
    data: { translations: { en: { title: "Every child lives in economic security", text: "No child should grow up in poverty." } } },
  });
  await db.goal.updateMany({ where: { title: VIOLENCE_GOAL }, data: { translations: { fi: { title: "Lähisuhdeväkivalta vähenee" } } } });
  await db.documentSection.updateMany({ where: { heading: "Bakgrund" }, data: { translations: { en: { heading: "Background" } } } });
  // A goal under a draft area: not public, in no language.
  await db.goal.updateMany({ where: { title: "Mål under hemligt område" }, data: { translations: { en: { title: "Concealed goal" } } } });
});

async function run(q: string, locale: Locale) {
  const { values, problems } = parseSearchParams({ q });
  expect(problems).toEqual([]);
  return search(values, locale);
}
const plain = (text: string) => text.replace(/[\u0001\u0002]/g, "");
const goals = (result: SearchResult) => result.groups.filter((g) => g.kind === "goal").flatMap((g) => g.rows);

describe("search in Finnish and English", () => {
  it("finds nothing that is not public by its translation", async () => {
    expect((await run("concealed", "en")).total).toBe(0);
  });

  it("finds a goal by an English word in another form in its English translation, and shows it in English", async () => {
    const [hit, ...more] = goals(await run("securities", "en"));
    expect(more).toEqual([]);
    expect(plain(hit!.title)).toBe("Every child lives in economic security");
    expect(hit!.title_lang).toBe("en");
    expect(hit!.snippet_lang).toBe("en");
    expect(hit!.d_title_lang).toBe("sv");
    expect(goals(await run("poverty", "en")).map((r) => plain(r.title))).toEqual(["Every child lives in economic security"]);
  });

  it("does not find a Swedish search's hits in translations", async () => {
    expect(goals(await run("securities", "sv"))).toEqual([]);
    expect(goals(await run("poverty", "sv"))).toEqual([]);
    const [swedish] = goals(await run("barnen", "sv"));
    expect(plain(swedish!.title)).toBe(CHILD_GOAL);
    expect(swedish!.title_lang).toBe("sv");
  });

  it("falls back to the Swedish text in a Finnish search, and marks it as Swedish", async () => {
    const [hit, ...more] = goals(await run("barnen", "fi"));
    expect(more).toEqual([]);
    expect(plain(hit!.title)).toBe(CHILD_GOAL);
    expect(hit!.title_lang).toBe("sv");
    expect(hit!.snippet_lang).toBe("sv");
  });

  it("finds a Finnish translation by another form of the word, and shows it in Finnish", async () => {
    const [hit] = goals(await run("lähisuhdeväkivallan", "fi"));
    expect(plain(hit!.title)).toBe("Lähisuhdeväkivalta vähenee");
    expect(hit!.title_lang).toBe("fi");
    expect(goals(await run("lähisuhdeväkivallan", "en"))).toEqual([]);
  });

  const t = translator("sv");

  it("links a section found by its English heading to the anchor of its Swedish heading, the same in every language", async () => {
    const english = (await run("background", "en")).groups.find((g) => g.kind === "section")!.rows[0]!;
    const swedish = (await run("bakgrund", "sv")).groups.find((g) => g.kind === "section")!.rows[0]!;
    expect(plain(english.title)).toBe("Background");
    expect(presentHit(t, english).href).toBe(presentHit(t, swedish).href);
    expect(presentHit(t, swedish).href).toBe("/provkommun/dokument/strategi#bakgrund-1");
  });
});
