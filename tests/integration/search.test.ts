import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { search, TOP_PER_KIND, type SearchResult } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";
import { presentHit } from "@/lib/search/present";
import { translator } from "@/lib/i18n/translator";
import { translateMessage, type Message } from "@/lib/i18n/message";

const t = translator("sv");
import { loadMunicipalityCoverage, loadNationalCoverage } from "@/lib/coverage/queries";
import { resetDatabase } from "../support/database";
import { HIDDEN_WORD, seedFindability } from "../factories/findability";

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
});

async function run(query: Record<string, string>) {
  const { values, problems } = parseSearchParams(query);
  expect(problems).toEqual([]);
  return search(values);
}
const plain = (text: string) => text.replace(/[\u0001\u0002]/g, "");
const titles = (result: SearchResult, kind?: string) => result.groups.filter((g) => !kind || g.kind === kind).flatMap((g) => g.rows.map((r) => plain(r.title)));

describe("Swedish stemming", () => {
  it("finds 'barn' when asked for 'barnen', and 'barnen' when asked for 'barn'", async () => {
    expect(titles(await run({ q: "barnen" }), "goal")).toEqual(["Varje barn lever i ekonomisk trygghet"]);
    expect(titles(await run({ q: "barn" }), "action")).toEqual(["Barnen först"]);
  });

  it("finds 'våld' when asked for 'våldet', in any position of the query", async () => {
    expect(titles(await run({ q: "våldet" }), "goal")).toEqual(["Minska våld i nära relationer"]);
    expect(titles(await run({ q: "våldet nära" }), "goal")).toEqual(["Minska våld i nära relationer"]);
  });

  it("treats the last word as the start of a word while typing", async () => {
    expect(titles(await run({ q: "förebygg" }), "action")).toEqual(["Ökad trygghet i skolan"]);
    expect(titles(await run({ q: "läxhj" }), "example")).toEqual(["Läxhjälp på biblioteket"]);
    expect(titles(await run({ q: "våldsutsat" }), "action")).toEqual(["Stöd till våldsutsatta"]);
  });

  it("requires every word", async () => {
    expect(titles(await run({ q: "trygghet skolan" }), "action")).toEqual(["Ökad trygghet i skolan"]);
  });
});

describe("ranking and snippets", () => {
  it("ranks a match in the title above a match in the text", async () => {
    // "Fritid för unga" mentions trygghet only in its text; "Ökad trygghet i skolan" in its title.
    expect(titles(await run({ q: "trygghet" }), "action")).toEqual(["Ökad trygghet i skolan", "Fritid för unga"]);
  });

  it("marks the matched words in titles and snippets, and drops Markdown syntax", async () => {
    const result = await run({ q: "trygg" });
    const section = result.groups.find((g) => g.kind === "section")!.rows[0]!;
    const hit = presentHit(t, section);
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toContain("trygg");
    expect(hit.snippet.map((p) => p.text).join("")).not.toMatch(/\*\*|\]\(/);
    expect(hit.href).toBe("/provkommun/dokument/strategi#bakgrund-1");
    const goal = presentHit(t, result.groups.find((g) => g.kind === "goal")!.rows[0]!);
    expect(goal.title).toEqual([
      { text: "Varje barn lever i ekonomisk ", hit: false },
      { text: "trygghet", hit: true },
    ]);
    expect(goal.kicker).toBe("Provkommunen · Strategi för social hållbarhet · Mål A");
  });

  it("numbers a section's anchor by the published sections before it, not the drafts", async () => {
    // The draft "Hemligt avsnitt" lies between "Bakgrund" and "Uppföljning" and is not on the page.
    const section = (await run({ q: "mätmodell" })).groups.find((g) => g.kind === "section")!.rows[0]!;
    expect(presentHit(t, section).href).toBe("/provkommun/dokument/strategi#uppfoljning-2");
  });

  it("finds follow-up comments of published periods only, with the follow-up status", async () => {
    const result = await run({ q: "fritidsgårdarna" });
    const row = result.groups.find((g) => g.kind === "followup")!.rows[0]!;
    expect(presentHit(t, row)).toMatchObject({ href: "/provkommun/dokument/strategi/atgard/1-1-fritid-for-unga", status: "Genomförd" });
    expect(presentHit(t, row).kicker).toContain("Uppföljning 2025");
  });
});

describe("filters", () => {
  it("narrows to a municipality", async () => {
    // The kinds come in order of their best match (search-ranking.test.ts); here only what is found counts.
    expect(titles(await run({ q: "barn", kommun: "annanstad" })).sort()).toEqual(["Barnen först", "Trygga barn"]);
    expect((await run({ q: "barn", kommun: "provkommun" })).counts.action).toBe(0);
  });

  it("narrows to a document and an area, leaving out kinds outside documents", async () => {
    const result = await run({ q: "trygghet", kommun: "provkommun", dokument: "strategi", omrade: "1-en-god-start-i-livet" });
    expect(result.groups.map((g) => g.kind).sort()).toEqual(["action", "goal"]);
  });

  it("narrows actions to their status in the latest published follow-up", async () => {
    expect(titles(await run({ q: "trygghet", status: "DELAYED" }), "action")).toEqual(["Ökad trygghet i skolan"]);
    // Fritid för unga is DELAYED only in the open (unpublished) period.
    expect(titles(await run({ kommun: "provkommun", status: "DONE" }), "action")).toEqual(["Fritid för unga"]);
  });

  it("narrows to an Agenda 2030 goal", async () => {
    const result = await run({ agenda: "16" });
    expect(result.groups.map((g) => [g.kind, g.rows.map((r) => plain(r.title))])).toEqual([
      ["goal", ["Minska våld i nära relationer"]],
      ["action", ["Stöd till våldsutsatta"]],
    ]);
  });

  it("lists what the filters select when no words are given, and nothing when neither is", async () => {
    expect((await run({ kommun: "annanstad" })).total).toBe(3);
    expect(await run({})).toMatchObject({ asked: false, total: 0, groups: [] });
  });

  it("finds nothing for unknown but well-formed filter values", async () => {
    expect((await run({ q: "barn", kommun: "atlantis" })).total).toBe(0);
    expect((await run({ q: "barn", kommun: "provkommun", dokument: "finns-inte" })).total).toBe(0);
  });
});

describe("paging", () => {
  it("shows the best few of each kind, and pages through one kind", async () => {
    await db.action.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        documentId: 1,
        areaId: 1,
        slug: `extra-${i}`,
        number: `${10 + i}`,
        title: `Extra insats nummer ${i}`,
        position: 10 + i,
      })),
    });
    const documentId = (await db.document.findFirstOrThrow({ where: { slug: "strategi" } })).id;
    const areaId = (await db.area.findFirstOrThrow({ where: { documentId, number: "1" } })).id;
    await db.action.updateMany({ where: { slug: { startsWith: "extra-" } }, data: { documentId, areaId } });

    const all = await run({ q: "extra insats" });
    expect(all.counts.action).toBe(25);
    expect(all.groups.find((g) => g.kind === "action")!.rows).toHaveLength(TOP_PER_KIND);

    const page1 = await run({ q: "extra insats", typ: "atgard" });
    const page2 = await run({ q: "extra insats", typ: "atgard", sida: "2" });
    expect([page1.pages, page1.groups[0]!.rows.length, page2.groups[0]!.rows.length]).toEqual([2, 20, 5]);
    const ids = [...page1.groups[0]!.rows, ...page2.groups[0]!.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(25);

    const beyond = await run({ q: "extra insats", typ: "atgard", sida: "9" });
    expect(beyond).toMatchObject({ groups: [], page: 9, pages: 2 });
    expect(beyond.counts.action).toBe(25);
    await db.action.deleteMany({ where: { slug: { startsWith: "extra-" } } });
  });
});

describe("what the public must never see", () => {
  it("no draft, archived or unpublished item is found, by words or by filters", async () => {
    for (const query of [
      { q: "hemlig" },
      { q: "hemligt" },
      { q: "utkast" },
      { q: "kommentar" },
      { q: "analys" },
      { agenda: "10" },
      { agenda: "13" },
      { kommun: "provkommun" },
    ] as Record<string, string>[]) {
      const result = await run(query);
      const shown = result.groups.flatMap((g) => g.rows).flatMap((r) => [r.title, r.snippet ?? "", r.d_title ?? ""]);
      expect(
        shown.filter((text) => HIDDEN_WORD.test(text)),
        JSON.stringify(query),
      ).toEqual([]);
    }
    expect((await run({ q: "hemlig" })).total).toBe(0);
  });
});

describe("bad input never breaks the query", () => {
  it.each([
    "&|!():*'\"",
    "barn & | ! ( ) : * ' \"",
    '\'); DROP TABLE "Action"; --',
    "barn:* | !våld",
    "<script>alert(1)</script>",
    "\\",
    "och att som", // only stop words
    "  ",
    "x".repeat(200),
    "a b c d e f g h i j k l m n o p",
  ])("%j", async (q) => {
    const result = await run({ q });
    expect(result.total).toBeGreaterThanOrEqual(0);
  });

  it("rejects what cannot be used, with Swedish messages, and keeps the rest", () => {
    const sv = (m: Message | string | undefined) => m && translateMessage(translator("sv"), m);
    const { values, problems } = parseSearchParams({ q: "barn", kommun: "Ä;DROP", agenda: "99", status: "KLAR", sida: "-1", typ: "bilar" });
    expect(values).toEqual({ q: "barn" });
    expect(problems.map((p) => p.param).sort()).toEqual(["agenda", "kommun", "sida", "status", "typ"]);
    expect(sv(problems.find((p) => p.param === "agenda")?.message)).toBe("Globalt mål anges som ett tal från 1 till 17.");
    expect(sv(parseSearchParams({ q: "x".repeat(201) }).problems[0]?.message)).toBe("Sökfrågan får vara högst 200 tecken.");
    expect(parseSearchParams({ sida: "99999999999" }).problems[0]?.param).toBe("sida");
    expect(parseSearchParams({ kommun: ["a", "b"] }).values).toEqual({ kommun: "a" });
  });
});

describe("Agenda 2030 coverage", () => {
  it("counts linked areas, goals and actions per municipality and global goal, leaving out hidden ones", async () => {
    const national = await loadNationalCoverage();
    expect(national.map((r) => [r.key, r.counts])).toEqual([
      ["annanstad", { 4: 2 }],
      ["provkommun", { 1: 1, 3: 2, 4: 2, 5: 3, 16: 2 }],
    ]);
  });

  it("counts per area, and every cell equals the hits behind its link", async () => {
    const rows = await loadMunicipalityCoverage("provkommun");
    expect(rows.map((r) => [r.key, r.counts])).toEqual([
      ["strategi/1-en-god-start-i-livet", { 1: 1, 3: 2, 4: 2 }],
      ["strategi/2-ett-liv-fritt-fran-vald", { 5: 3, 16: 2 }],
    ]);
    for (const row of [...rows, ...(await loadNationalCoverage())]) {
      for (const [goal, count] of Object.entries(row.counts)) {
        const filters = Object.fromEntries(Object.entries({ ...row.filters, agenda: goal }).filter(([, v]) => v !== undefined)) as Record<string, string>;
        expect((await run(filters)).total, `${row.key} × ${goal}`).toBe(count);
      }
    }
  });
});
