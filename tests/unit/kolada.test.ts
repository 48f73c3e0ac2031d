import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";

// The loopback stand-in for Kolada starts before lib/env reads KOLADA_TEST_ORIGIN.
const kolada = await vi.hoisted(async () => (await import("../support/kolada-server")).startKoladaServerForImports());
afterAll(() => kolada.close());

const { parseKoladaPage } = await import("@/lib/kolada/parse");
const { fetchKoladaRows, readKoladaFile, MAX_PAGES } = await import("@/lib/kolada/fetch");
const { checkKoladaAddress } = await import("@/lib/kolada/address");
const { translator } = await import("@/lib/i18n/translator");
const t = translator("sv");

const fixture = (name = "synthetic-n00945.json") => readFile(`tests/fixtures/kolada/${name}`, "utf8");

describe("reading Kolada JSON", () => {
  it("reads the fixture's rows in order, with where each stood", async () => {
    const { rows, problems, nextPage } = parseKoladaPage(t, await fixture());
    expect(problems).toEqual([]);
    expect(nextPage).toBeNull();
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ kpi: "N00945", municipality: "0181", period: 2021, row: 1, page: null });
    expect(rows[6]!.values[1]).toMatchObject({ gender: "K", value: null });
  });

  it("reads a year given as text, as Kolada's v2 documentation shows it, and keeps status and count", async () => {
    const { rows, problems } = parseKoladaPage(t, await fixture("v2/page1.json"));
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ period: 2021, values: [{ gender: "T", value: 60.1, count: 1, status: null, deleted: false }, {}, {}] });
    const v3 = parseKoladaPage(t, await fixture("v3/n00945-page2.json"));
    expect(v3.rows[2]!.values[0]).toEqual({ gender: "T", value: null, count: 1, status: "Missing", deleted: false });
  });

  it("reads withdrawn values in both versions' forms (v2 is_deleted 0|1, v3 isdeleted)", async () => {
    expect(parseKoladaPage(t, await fixture("v2/from-date.json")).rows[0]!.values[0]!.deleted).toBe(true);
    const v3 = parseKoladaPage(t, await fixture("v3/n00945-from-date.json")).rows;
    expect(v3.map((r) => r.values.map((v) => v.deleted))).toEqual([[true, true, true], [false]]);
  });

  it("names the row and the field of every problem", async () => {
    const json = JSON.parse(await fixture());
    json.values[2].period = "2023-01";
    json.values[4].values[0].gender = "X";
    const { rows, problems } = parseKoladaPage(t, JSON.stringify(json));
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      "Rad 3 (N00945, 0181, 2023-01): period: Ange året med fyra siffror, till exempel 2024",
      expect.stringMatching(/^Rad 5 \(N00945, 0000, 2023\): values\.0\.gender: /),
    ]);
  });

  it("says when the file is not JSON at all, not Kolada's shape, or organisational-unit data", async () => {
    expect(parseKoladaPage(t, "{ inte json").problems[0]).toMatch(/^Filen är inte giltig JSON: /);
    expect(parseKoladaPage(t, JSON.stringify({ data: [] })).problems).toEqual([expect.stringMatching(/^values: /)]);
    expect(parseKoladaPage(t, await fixture("v3/oudata.json")).problems).toEqual([
      expect.stringMatching(/^Filen innehåller data för organisatoriska enheter \(ou/),
    ]);
  });

  it("refuses a downloaded page that links to a next page, whose rows the file lacks", async () => {
    expect(readKoladaFile(t, await fixture("v3/n00945-page1.json")).problems).toEqual([expect.stringMatching(/^Filen är bara en sida av Koladas svar/)]);
  });
});

describe("which addresses an import may fetch", () => {
  it("allows Kolada's API, fetching its documentation's http:// form over https", () => {
    expect(checkKoladaAddress("https://api.kolada.se/v3/data/kpi/N00945/municipality/0181")).toEqual({
      url: new URL("https://api.kolada.se/v3/data/kpi/N00945/municipality/0181"),
    });
    expect(checkKoladaAddress("http://api.kolada.se/v2/data/kpi/N00945/municipality/1860?page=2")).toEqual({
      url: new URL("https://api.kolada.se/v2/data/kpi/N00945/municipality/1860?page=2"),
    });
  });

  it.each([
    ["another host", "https://api.kolada.se.example.com/v3/data/kpi/N00945"],
    ["a user name", "https://x@api.kolada.se/v3/data/kpi/N00945"],
    ["another port", "https://api.kolada.se:8443/v3/data/kpi/N00945"],
    ["cloud metadata", "http://169.254.169.254/latest/meta-data/"],
    ["another loopback port", "http://127.0.0.1:5432/v3/data/kpi/N00945"],
    ["another scheme", "file:///etc/passwd"],
    ["no address", "inte en adress"],
  ])("refuses %s", (_case, address) => {
    expect(checkKoladaAddress(address)).toEqual({ problem: "notKolada" });
  });

  it("refuses Kolada addresses that are not data, and organisational-unit data with its own message", () => {
    expect(checkKoladaAddress("https://api.kolada.se/v3/kpi?title=skola")).toEqual({ problem: "notData" });
    expect(checkKoladaAddress("https://api.kolada.se/v3/oudata/kpi/N15033/ou/V15E144001301")).toEqual({ problem: "ouData" });
  });
});

describe("the test server's address (KOLADA_TEST_ORIGIN)", () => {
  const start = (environment: Record<string, string>) =>
    promisify(execFile)("npx", ["tsx", "-e", 'import("@/lib/env").then(() => console.log("ok"))'], {
      env: { ...process.env, ...environment },
      timeout: 60_000,
    }).then(
      ({ stdout }) => stdout.trim(),
      (error: { stderr: string }) => error.stderr,
    );

  it("is refused in production and for any address that is not loopback, so it cannot widen a real import", async () => {
    expect(await start({ NODE_ENV: "test", KOLADA_TEST_ORIGIN: "http://127.0.0.1:4000" })).toBe("ok");
    expect(await start({ NODE_ENV: "production", KOLADA_TEST_ORIGIN: "http://127.0.0.1:4000" })).toContain("KOLADA_TEST_ORIGIN är bara till för tester");
    expect(await start({ NODE_ENV: "test", KOLADA_TEST_ORIGIN: "http://169.254.169.254" })).toContain("KOLADA_TEST_ORIGIN ska vara en loopback-adress");
  }, 120_000);
});

describe("fetching from Kolada's API over HTTP", () => {
  it("follows v3 next_url links to the last page and reads every row", async () => {
    kolada.requests.length = 0;
    const read = await fetchKoladaRows(t, `${kolada.origin}/v3/data/kpi/N00945/municipality/0181,0000`);
    expect(read.problems).toEqual([]);
    expect(read.pages).toBe(2);
    expect(kolada.requests).toEqual(["/v3/data/kpi/N00945/municipality/0181,0000", "/v3/data/kpi/N00945/municipality/0181,0000?page=2&per_page=3"]);
    expect(read.rows.map((r) => [r.page, r.row, r.municipality, r.period])).toEqual([
      [1, 1, "0181", 2021],
      [1, 2, "0181", 2022],
      [1, 3, "0000", 2022],
      [2, 1, "0181", 2023],
      [2, 2, "0000", 2023],
      [2, 3, "0181", 2024],
    ]);
  });

  it("follows v2 next_page links (years as text) through three pages", async () => {
    const read = await fetchKoladaRows(t, `${kolada.origin}/v2/data/kpi/N00945,N02280/municipality/0181`);
    expect(read.problems).toEqual([]);
    expect([read.pages, read.rows.length]).toEqual([3, 5]);
    expect(read.rows.map((r) => r.period)).toEqual([2021, 2022, 2023, 2023, 2024]);
  });

  it("stops at the page bound with a message saying nothing was imported", async () => {
    kolada.requests.length = 0;
    const read = await fetchKoladaRows(t, `${kolada.origin}/v3/data/endless`);
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      `Koladas svar har fler än ${MAX_PAGES} sidor (mer än ${(MAX_PAGES * 5000).toLocaleString("sv-SE")} rader), så ingenting importerades. Begränsa frågan, till exempel till färre KPI:er, kommuner eller år.`,
    ]);
    expect(kolada.requests).toHaveLength(MAX_PAGES);
  });

  it("follows no redirect and reports an error answer in words", async () => {
    expect((await fetchKoladaRows(t, `${kolada.origin}/v3/data/redirect`)).problems).toEqual([expect.stringMatching(/^Kolada svarade inte som väntat/)]);
    expect((await fetchKoladaRows(t, `${kolada.origin}/v3/data/saknas`)).problems).toEqual(["Kolada svarade inte som väntat (HTTP 404)."]);
  });
});
