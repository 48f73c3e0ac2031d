import { describe, expect, it } from "vitest";
import { ContentError, loadContent } from "@/lib/content/load";
import { documentContent, writeContentTree } from "../factories/content";

async function problemsOf(files: Record<string, unknown>) {
  try {
    await loadContent(await writeContentTree(files));
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected the content to be invalid");
}

describe("loadContent", () => {
  it("loads a valid tree", async () => {
    const tree = await loadContent(await writeContentTree({}));
    expect(tree.municipalities).toHaveLength(1);
    expect(tree.municipalities[0]!.documents[0]!.areas[0]!.goals[0]!.code).toBe("A");
  });

  it("names the file, the line and the field of a bad value", async () => {
    const yaml = ["slug: strategi", "kind: strategy", "title: Strategi", "summary: En strategi.", "adoptedOn: 2025-13-01", ""].join("\n");
    const problems = await problemsOf({ "municipalities/provkommun/documents/strategi.yaml": yaml });
    expect(problems).toEqual([
      { file: "content/municipalities/provkommun/documents/strategi.yaml", line: 5, field: "adoptedOn", message: "Ange ett giltigt datum (ÅÅÅÅ-MM-DD)" },
    ]);
  });

  it("reports broken YAML with its line", async () => {
    const problems = await problemsOf({ "municipalities/provkommun/documents/strategi.yaml": "slug: strategi\ntitle: [oavslutad\n" });
    expect(problems[0]!.file).toBe("content/municipalities/provkommun/documents/strategi.yaml");
    expect(problems[0]!.message).toMatch(/^Ogiltig YAML/);
    expect(problems[0]!.line).toBeGreaterThan(0);
  });

  it("reports references to goals and documents that do not exist", async () => {
    const doc = documentContent({
      concretises: "finns-inte",
      areas: [{ number: "1", title: "Område", goals: [], actions: [{ number: "1", title: "Åtgärd", goals: ["Z", "annan/A"] }] }],
    });
    const problems = await problemsOf({ "municipalities/provkommun/documents/strategi.yaml": doc });
    expect(problems.map((p) => p.message)).toEqual(['Okänt dokument "finns-inte"', 'Målet "Z" finns inte', 'Målet "annan/A" finns inte']);
  });

  it("reports two goals with the same code", async () => {
    const doc = documentContent({
      areas: [
        {
          number: "1",
          title: "Område",
          goals: [
            { code: "A", title: "Ett" },
            { code: "A", title: "Två" },
          ],
        },
      ],
    });
    const problems = await problemsOf({ "municipalities/provkommun/documents/strategi.yaml": doc });
    expect(problems.map((p) => p.message)).toContainEqual('Två poster av typen målkod får samma identitet "A"');
  });
});
