import { describe, expect, it } from "vitest";
import mammoth from "mammoth";
import { proposeOutline, splitHeading, TITLE_STYLE_MAP } from "@/lib/word-import/outline";
import { planFromRows, type MappedRow } from "@/lib/word-import/mapping";
import { readWordPlan, MAX_WORD_BYTES } from "@/lib/word-import/read";
import { AppError } from "@/lib/errors";
import { randomBytes, wordPlan, wordPlanTitle, wordWithoutHeadings, zipThatIsNotWord } from "../factories/word";

const asFile = (bytes: Buffer, name = "plan.docx") => ({ name, size: bytes.length, bytes: async () => new Uint8Array(bytes) });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.userMessage : String(e)),
  );

describe("proposeOutline", () => {
  it("proposes areas, goals and actions with their texts and the document's level names from a real Word file", async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await wordPlan() }, { styleMap: TITLE_STYLE_MAP });
    const proposal = proposeOutline(html);
    expect(proposal.title).toBe(wordPlanTitle);
    expect(proposal.intro).toContain("trygghet och delaktighet 2026–2028");
    expect(proposal.labels).toEqual({ area: { singular: "Fokusområde", plural: "Fokusområden" }, goal: { singular: "Mål", plural: "Mål" } });
    expect(proposal.rows.map((r) => [r.level, r.number, r.title])).toEqual([
      ["area", "1", "Trygghet"],
      ["goal", "1.1", "Fler känner sig trygga utomhus"],
      ["action", "", "Bättre belysning i parker"],
      ["action", "", "Fler vuxna ute på kvällar"],
      ["goal", "1.2", "Färre utsätts för brott"],
      ["action", "", "Trygghetsvandringar i varje stadsdel"],
      ["area", "2", "Delaktighet"],
      ["goal", "2.1", "Fler unga är med och bestämmer"],
      ["action", "", "Ett ungdomsråd i varje kommundel"],
      ["action", "", "Medborgardialog inför budgeten"],
    ]);
    expect(proposal.rows[0]!.text).toBe("Alla ska kunna röra sig tryggt i kommunen.");
    expect(proposal.rows[5]!.text).toBe("- Med polisen\n- Med fastighetsägare");
    expect(proposal.rows[6]!.text).toBe("| Målgrupp | Insats |\n| --- | --- |\n| Unga | Ungdomsråd |");
  });

  it("takes a lone top heading as the title, three heading depths as areas, goals and actions, and deeper headings as text", () => {
    const html = "<h1>Strategi</h1><h2>1. Hälsa</h2><p>Om hälsa.</p><h3>A Fler rör sig</h3><h4>Cykelbanor</h4><h5>Bakgrund</h5><p>Text.</p><h2>2. Skola</h2>";
    const proposal = proposeOutline(html);
    expect(proposal.title).toBe("Strategi");
    expect(proposal.rows).toEqual([
      { level: "area", number: "1", title: "Hälsa", text: "Om hälsa." },
      { level: "goal", number: "", title: "A Fler rör sig", text: "" },
      { level: "action", number: "", title: "Cykelbanor", text: "**Bakgrund**\n\nText." },
      { level: "area", number: "2", title: "Skola", text: "" },
    ]);
  });

  it("makes headings over a numbered list areas and actions, and a list before any heading text", () => {
    const proposal = proposeOutline("<ol><li>Inledning</li></ol><h1>Insats 1: Bo</h1><ol><li>Fler bostäder</li></ol><h1>Insats 2: Arbete</h1>");
    expect(proposal.intro).toBe("- Inledning");
    expect(proposal.rows.map((r) => r.level)).toEqual(["area", "action", "area"]);
    expect(proposal.labels.area).toEqual({ singular: "Insats", plural: "Insatser" });
  });

  it("finds nothing in a text without headings or numbered paragraphs", () => {
    expect(proposeOutline("<p>Bara text.</p><ul><li>punkt</li></ul>").rows).toEqual([]);
  });

  it("splits a heading into its label, number and title", () => {
    expect(splitHeading("Mål A: Alla barn")).toEqual({ label: "Mål", number: "A", title: "Alla barn" });
    expect(splitHeading("Målområde 3 – Boende")).toEqual({ label: "Målområde", number: "3", title: "Boende" });
    expect(splitHeading("2.4 Fler i arbete")).toEqual({ number: "2.4", title: "Fler i arbete" });
    expect(splitHeading("Alla barn ska må bra")).toEqual({ number: "", title: "Alla barn ska må bra" });
  });
});

describe("planFromRows", () => {
  const row = (choice: MappedRow["choice"], title: string, number = "", text = ""): MappedRow => ({ choice, title, number, text });

  it("places goals and actions in the area above, merges and skips, and numbers what has no number", () => {
    const { areas, errors } = planFromRows([
      row("area", "Trygghet", "1", "Om trygghet."),
      row("goal", "Fler trygga", ""),
      row("merge", "Bakgrund", "", "Mer text."),
      row("action", "Belysning"),
      row("skip", "Sidfot"),
      row("action", "Vuxna ute"),
      row("area", "Delaktighet", "1"),
      row("goal", "Unga bestämmer", "1.1"),
      row("action", "Ungdomsråd", "1"),
    ]);
    expect(errors).toEqual({});
    expect(areas).toEqual([
      {
        number: "1",
        title: "Trygghet",
        description: "Om trygghet.",
        goals: [{ code: "1.1", title: "Fler trygga", text: "**Bakgrund**\n\nMer text." }],
        actions: [
          { number: "1", title: "Belysning", text: "" },
          { number: "2", title: "Vuxna ute", text: "" },
        ],
      },
      // A repeated area number and goal code get the next free one; action numbers restart per area.
      {
        number: "2",
        title: "Delaktighet",
        description: "",
        goals: [{ code: "2.1", title: "Unga bestämmer", text: "" }],
        actions: [{ number: "1", title: "Ungdomsråd", text: "" }],
      },
    ]);
  });

  it("refuses a goal before any area, a merge with nothing above, and a plan without areas", () => {
    expect(planFromRows([row("merge", "x"), row("goal", "y"), row("area", "z")]).errors).toEqual({
      1: "wordImport.mergeWithoutRowAbove",
      2: "wordImport.itemBeforeFirstArea",
    });
    expect(planFromRows([row("skip", "x")]).errors).toEqual({ 0: "wordImport.noAreas" });
  });
});

describe("readWordPlan", () => {
  it("refuses random bytes, a zip that is not Word, renamed text and a file over 20 MB in Swedish", async () => {
    expect(await refusal(readWordPlan(asFile(randomBytes())))).toBe("wordImport.notWord");
    expect(await refusal(readWordPlan(asFile(zipThatIsNotWord())))).toBe("wordImport.notWord");
    expect(await refusal(readWordPlan(asFile(Buffer.from("Mål 1: text\n"), "plan.docx")))).toBe("wordImport.notWord");
    expect(await refusal(readWordPlan(asFile(Buffer.alloc(MAX_WORD_BYTES + 1))))).toBe("wordImport.tooLarge");
  });

  it("refuses a Word file without headings, saying what it looks for", async () => {
    expect(await refusal(readWordPlan(asFile(await wordWithoutHeadings())))).toBe("wordImport.noHeadings");
  });

  it("reads a real plan", async () => {
    expect((await readWordPlan(asFile(await wordPlan()))).rows).toHaveLength(10);
  });
});
