import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { search } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";
import { presentHit } from "@/lib/search/present";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import { translator } from "@/lib/i18n/translator";
import { resetDatabase } from "../support/database";
import { seedFindability } from "../factories/findability";

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
  const annanstad = await db.municipality.findUniqueOrThrow({ where: { slug: "annanstad" } });
  const old = {
    municipalityId: annanstad.id,
    kind: "ACTION_PLAN" as const,
    summary: "Planen om våld i nära relationer som gällde före den nya.",
    ...levelLabelColumns(defaultLevelLabels("policy")),
  };
  // Replaced and expired plans whose titles match "våld" at least as well as the plan in force.
  await db.document.create({ data: { ...old, slug: "gammal-plan", title: "Våld i nära relationer: handlingsplan", status: "REPLACED", position: 0 } });
  await db.document.create({ data: { ...old, slug: "utgangen-plan", title: "Våld: plan", validUntil: new Date("2020-12-31"), position: 1 } });
});

async function run(query: Record<string, string>) {
  const { values, problems } = parseSearchParams(query);
  expect(problems).toEqual([]);
  return search(values);
}
const plain = (text: string) => text.replace(/[\u0001\u0002]/g, "");

describe("search ranking", () => {
  it("puts goals and actions before documents for 'våld', and a replaced plan last among documents", async () => {
    const result = await run({ q: "våld" });
    const kinds = result.groups.map((g) => g.kind);
    expect(kinds.slice(0, 2).sort()).toEqual(["action", "goal"]);
    expect(kinds.indexOf("document")).toBeGreaterThan(kinds.indexOf("action"));
    const documents = result.groups.find((g) => g.kind === "document")!.rows.map((r) => presentHit(translator("sv"), r));
    expect(documents.map((d) => d.title.map((p) => p.text).join(""))[0]).toBe("Handlingsplan mot våldet");
    expect(documents.map((d) => d.standing)).toEqual([null, expect.any(String), expect.any(String)]);
    expect(
      documents
        .slice(1)
        .map((d) => d.standing)
        .sort(),
    ).toEqual([translator("sv")("standing.expired"), translator("sv")("standing.replaced")].sort());
  });

  it("shows a stale plan's matches when nothing in force matches, labelled", async () => {
    const result = await run({ q: "våld nära relationer", typ: "dokument" });
    const hits = result.groups[0]!.rows.map((r) => presentHit(translator("sv"), r));
    expect(hits.map((h) => [plain(h.title.map((p) => p.text).join("")), h.standing])).toEqual([
      ["Våld i nära relationer: handlingsplan", "Ersatt"],
      ["Våld: plan", "Har upphört att gälla"],
    ]);
  });

  it("lists documents first again when only a filter is given (nothing is matched, nothing ranked)", async () => {
    const result = await run({ kommun: "annanstad" });
    expect(result.groups[0]!.kind).toBe("document");
  });
});
