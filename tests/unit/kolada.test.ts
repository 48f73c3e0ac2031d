import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseKoladaPage } from "@/lib/kolada/parse";
import { fetchKoladaRows, MAX_PAGES } from "@/lib/kolada/fetch";

const fixture = () => readFile("tests/fixtures/kolada/synthetic-n00945.json", "utf8");

describe("reading Kolada JSON", () => {
  it("reads the fixture's rows in order, with where each stood", async () => {
    const { rows, problems, nextPage } = parseKoladaPage(await fixture());
    expect(problems).toEqual([]);
    expect(nextPage).toBeNull();
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ kpi: "N00945", municipality: "0181", period: 2021, row: 1, page: null });
    expect(rows[6]!.values[1]).toMatchObject({ gender: "K", value: null });
  });

  it("names the row and the field of every problem", async () => {
    const json = JSON.parse(await fixture());
    json.values[2].period = "2023-01";
    json.values[4].values[0].gender = "X";
    const { rows, problems } = parseKoladaPage(JSON.stringify(json));
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      "Rad 3 (N00945, 0181, 2023-01): period: Ange året med fyra siffror, till exempel 2024",
      expect.stringMatching(/^Rad 5 \(N00945, 0000, 2023\): values\.0\.gender: /),
    ]);
  });

  it("says when the file is not JSON at all, or not Kolada's shape", () => {
    expect(parseKoladaPage("{ inte json").problems[0]).toMatch(/^Filen är inte giltig JSON: /);
    expect(parseKoladaPage(JSON.stringify({ data: [] })).problems).toEqual([expect.stringMatching(/^values: /)]);
  });
});

describe("fetching from Kolada's API", () => {
  const page = (values: unknown[], next: string | null) => new Response(JSON.stringify({ values, next_page: next }), { status: 200 });
  const row = (period: number) => ({ kpi: "N00945", municipality: "0181", period, values: [{ gender: "T", value: 50 + period - 2020 }] });

  it("follows next_page and numbers rows by page", async () => {
    const answers: Record<string, Response> = {
      "https://api.kolada.se/v2/data/kpi/N00945": page([row(2021)], "https://api.kolada.se/v2/data/kpi/N00945?page=2"),
      "https://api.kolada.se/v2/data/kpi/N00945?page=2": page([row(2022), row(2023)], null),
    };
    const fetcher = (async (url: string) => answers[url]!) as unknown as typeof fetch;
    const { rows, problems } = await fetchKoladaRows("https://api.kolada.se/v2/data/kpi/N00945", fetcher);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.page, r.row, r.period])).toEqual([[1, 1, 2021], [2, 1, 2022], [2, 2, 2023]]);
  });

  it("stops after a bounded number of pages, and fetches only from Kolada", async () => {
    let calls = 0;
    const endless = (async () => (calls++, page([row(2021)], "https://api.kolada.se/v2/next"))) as unknown as typeof fetch;
    expect((await fetchKoladaRows("https://api.kolada.se/v2/first", endless)).problems).toEqual([`Svaret har fler än ${MAX_PAGES} sidor; hämta en mindre mängd i taget.`]);
    expect(calls).toBe(MAX_PAGES);
    const elsewhere = (async () => page([row(2021)], "http://169.254.169.254/latest")) as unknown as typeof fetch;
    expect((await fetchKoladaRows("https://api.kolada.se/v2/first", elsewhere)).problems).toEqual(["Ange en adress som börjar med https://api.kolada.se/"]);
  });

  it("reports an error answer in words", async () => {
    const failing = (async () => new Response("nej", { status: 503 })) as unknown as typeof fetch;
    expect((await fetchKoladaRows("https://api.kolada.se/v2/x", failing)).problems).toEqual(["Kolada svarade inte som väntat (HTTP 503)."]);
  });
});
