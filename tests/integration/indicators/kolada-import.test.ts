import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { importKolada } from "@/lib/kolada/commands/import-kolada";
import { reportLines } from "@/lib/kolada/import";
import { setStatus } from "@/lib/records/commands/set-status";
import { getGoalFollowUp } from "@/lib/followup/queries";
import { createPlan, type Plan } from "../../factories/plan";
import { createIndicatorRow, KOLADA_FIXTURE, useKoladaCode } from "../../factories/followup";
import { userWithRole } from "../../factories/users";
import { translator } from "@/lib/i18n/translator";
import { said, saidAll } from "../../support/messages";

// A loopback stand-in for api.kolada.se replays recorded pages over real HTTP; it must be known
// before lib/env reads KOLADA_TEST_ORIGIN.
const kolada = await vi.hoisted(async () => (await import("../../support/kolada-server")).startKoladaServerForImports());
afterAll(() => kolada.close());

const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => void expired.push(tag),
  unstable_cache: <T>(fn: T) => fn,
}));

const fixture = () => readFile(KOLADA_FIXTURE, "utf8");
const values = (indicatorId: number) =>
  db.indicatorValue.findMany({
    where: { indicatorId },
    orderBy: [{ national: "asc" }, { year: "asc" }, { gender: "asc" }],
    select: { year: true, gender: true, national: true, value: true, source: true },
  });

let plan: Plan;
let percent: { id: number };
let count: { id: number };
beforeEach(async () => {
  plan = await createPlan();
  await useKoladaCode(plan.municipality.id);
  percent = await createIndicatorRow(plan.municipality.id, { koladaKpi: "N00945", goalIds: [plan.goals[0]!.id] });
  count = await createIndicatorRow(plan.municipality.id, { koladaKpi: "N02280", valueType: "INTEGER", name: "Antal deltagare" });
  expired.length = 0;
});

describe("importing Kolada values", () => {
  it("adds the fixture's values to the indicators with its KPI ids, attributed to Kolada, and skips what is not the municipality's", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const report = await importKolada(admin, { municipalityId: plan.municipality.id, json: await fixture() });
    expect(report).toMatchObject({
      pages: 1,
      rows: 8,
      added: 14,
      changed: 0,
      unchanged: 0,
      missing: 2,
      skipped: { unknownKpi: { U99999: 1 }, otherMunicipality: { "0483": 1 } },
    });
    expect(reportLines(translator("sv"), report)).toEqual([
      "Läste 1 sida och 8 rader från Kolada.",
      "14 nya värden, 0 ändrade, 0 oförändrade, 0 borttagna.",
      "Andel med gymnasieexamen: 11 nya, 0 ändrade, 0 oförändrade, 0 borttagna",
      "Antal deltagare: 3 nya, 0 ändrade, 0 oförändrade, 0 borttagna",
      "2 värden saknas enligt Kolada och visas som saknade.",
      "U99999: ingen indikator har detta KPI-id (1 rad hoppades över).",
      "Kommunkod 0483: hör inte till kommunen (1 rad hoppades över).",
    ]);

    const stored = await values(percent.id);
    expect(stored).toHaveLength(11);
    expect(stored.every((v) => v.source === "KOLADA")).toBe(true);
    expect(stored.filter((v) => v.national)).toEqual([
      { year: 2022, gender: "TOTAL", national: true, value: 70.3, source: "KOLADA" },
      { year: 2023, gender: "TOTAL", national: true, value: 71, source: "KOLADA" },
    ]);
    expect(stored).toContainEqual({ year: 2023, gender: "WOMEN", national: false, value: 66, source: "KOLADA" });
    // Kolada's missing values are kept as missing, with Kolada's status, never as zero.
    expect(await values(count.id)).toEqual([
      { year: 2023, gender: "TOTAL", national: false, value: 412, source: "KOLADA" },
      { year: 2023, gender: "WOMEN", national: false, value: null, source: "KOLADA" },
      { year: 2023, gender: "MEN", national: false, value: null, source: "KOLADA" },
    ]);
    expect(await db.indicatorValue.findFirst({ where: { indicatorId: count.id, gender: "WOMEN" }, select: { status: true, count: true } })).toEqual({
      status: "Saknas",
      count: 1,
    });

    // One revision per changed indicator, naming each value, and the linked goal's page expires.
    const [revision] = await db.revision.findMany({ where: { entityType: "indicator", entityId: percent.id } });
    expect(revision).toMatchObject({ kind: "UPDATE", version: 2, userId: admin.id });
    expect(revision!.changes).toContainEqual({ field: "value 2023/riket/T", before: null, after: 71 });
    expect(await db.auditEvent.count({ where: { entityType: "indicator", entityId: { in: [percent.id, count.id] } } })).toBe(2);
    expect(expired).toEqual([cacheTags.page(paths.goal(plan.municipality.slug, "strategi", plan.goals[0]!.slug)), cacheTags.publicData()]);
  });

  it("reports changed and unchanged values on a second import, and changes only what differs", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await importKolada(admin, { municipalityId: plan.municipality.id, json: await fixture() });
    const json = JSON.parse(await fixture());
    json.values[2].values[0].value = 64.9;
    json.values.push({ kpi: "N00945", municipality: "0181", period: 2024, values: [{ gender: "T", value: 65.5, count: 1, status: "" }] });

    const report = await importKolada(admin, { municipalityId: plan.municipality.id, json: JSON.stringify(json) });
    expect(report.indicators).toEqual([
      { name: "Andel med gymnasieexamen", added: 1, changed: 1, unchanged: 10, removed: 0 },
      { name: "Antal deltagare", added: 0, changed: 0, unchanged: 3, removed: 0 },
    ]);
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: "indicator", entityId: percent.id }, orderBy: { version: "desc" } });
    expect(latest.changes).toEqual([
      { field: "value 2023/T", before: 64.2, after: 64.9 },
      { field: "value 2024/T", before: null, after: 65.5 },
    ]);
    // Nothing changed for the other indicator: no revision.
    expect(await db.revision.count({ where: { entityType: "indicator", entityId: count.id } })).toBe(1);
  });

  type KoladaJson = { values: { period: unknown; values: { value: unknown }[] }[] };
  const edit = (change: (json: KoladaJson) => void) => (text: string) => {
    const json = JSON.parse(text) as KoladaJson;
    change(json);
    return JSON.stringify(json);
  };
  it.each([
    ["not JSON", () => "{ values: [", /^Filen är inte giltig JSON/],
    ["a year in an unknown format", edit((j) => (j.values[1]!.period = "2022/23")), /^Rad 2 \(N00945, 0181, 2022\/23\): period: Ange året med fyra siffror/],
    ["a percent above 100", edit((j) => (j.values[2]!.values[1]!.value = 130)), /^Rad 3 \(N00945, 0181, 2023\): values\.1\.value: Indikatorn mäts i procent/],
    ["a decimal for a count", edit((j) => (j.values[6]!.values[0]!.value = 41.5)), /^Rad 7 \(N02280, 0181, 2023\): values\.0\.value: Indikatorn mäts i heltal/],
  ] as const)("refuses a file with %s, names the row and field, and writes nothing", async (_case, spoil, message) => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = await importKolada(admin, { municipalityId: plan.municipality.id, json: spoil(await fixture()) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(said((error as AppError).userMessage)).toBe("Filen importerades inte. Ingenting sparades. Rätta följande:");
    expect(saidAll((error as AppError).details.fieldErrors)?.file).toEqual([expect.stringMatching(message)]);
    expect(await db.indicatorValue.count({ where: { indicatorId: { in: [percent.id, count.id] } } })).toBe(0);
    expect(await db.revision.count({ where: { entityType: "indicator", entityId: { in: [percent.id, count.id] } } })).toBe(0);
  });

  it("refuses an address outside Kolada's API, and organisational-unit data with a message saying why", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const refusal = async (url: string) =>
      saidAll(((await importKolada(admin, { municipalityId: plan.municipality.id, url }).catch((e: unknown) => e)) as AppError).details.fieldErrors);
    expect((await refusal("http://127.0.0.1:5432/"))?.url).toEqual(["Ange en adress som börjar med https://api.kolada.se/"]);
    expect((await refusal(`${kolada.origin}/v3/oudata/kpi/N15033/ou/V15E144001301`))?.url).toEqual([
      expect.stringMatching(/^Adressen gäller organisatoriska enheter \(oudata/),
    ]);
    const ouFile = await readFile("tests/fixtures/kolada/v3/oudata.json", "utf8");
    const error = (await importKolada(admin, { municipalityId: plan.municipality.id, json: ouFile }).catch((e: unknown) => e)) as AppError;
    expect(saidAll(error.details.fieldErrors)?.file).toEqual([expect.stringMatching(/^Filen innehåller data för organisatoriska enheter/)]);
  });
});

describe("importing from Kolada's API over HTTP, page by page", () => {
  const goalPage = async () => (await getGoalFollowUp(plan.municipality.slug, "strategi", plan.goals[0]!.slug))!.indicators[0]!;

  it("reads every page of a v3 answer, keeps a missing value as missing, and applies withdrawn values so they leave the goal page", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await setStatus(admin, { type: "indicator", id: percent.id, version: 1, status: "PUBLISHED" });
    const report = await importKolada(admin, { municipalityId: plan.municipality.id, url: `${kolada.origin}/v3/data/kpi/N00945/municipality/0181,0000` });
    expect(reportLines(translator("sv"), report).slice(0, 2)).toEqual([
      "Läste 2 sidor och 6 rader från Kolada.",
      "14 nya värden, 0 ändrade, 0 oförändrade, 0 borttagna.",
    ]);
    // Every row of both pages arrived: 2021–2023 by gender, the country 2022–2023, 2024 missing.
    expect(await db.indicatorValue.count({ where: { indicatorId: percent.id, value: { not: null } } })).toBe(11);
    let shown = await goalPage();
    expect(shown.rows.map((r) => [r.year, r.total, r.national, r.missing])).toEqual([
      [2021, 60.1, null, []],
      [2022, 62, 70.3, []],
      [2023, 64.2, 71, []],
      [2024, null, null, ["total", "women", "men"]],
    ]);

    // Kolada withdrew 2022 and revised 2023 (a from_date query): 2022 leaves the goal page.
    expired.length = 0;
    const changes = await importKolada(admin, {
      municipalityId: plan.municipality.id,
      url: `${kolada.origin}/v3/data/kpi/N00945/municipality/0181?from_date=2026-01-01`,
    });
    expect(changes).toMatchObject({ changed: 1, removed: 3 });
    shown = await goalPage();
    expect(shown.rows.map((r) => [r.year, r.total, r.women])).toEqual([
      [2021, 60.1, 63.4],
      [2022, null, null],
      [2023, 64.9, 66],
      [2024, null, null],
    ]);
    expect(shown.rows[1]).toMatchObject({ national: 70.3, missing: [] });
    expect(expired).toContain(cacheTags.page(paths.goal(plan.municipality.slug, "strategi", plan.goals[0]!.slug)));
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: "indicator", entityId: percent.id }, orderBy: { version: "desc" } });
    expect(latest.changes).toContainEqual({ field: "value 2022/K", before: 64.8, after: null });
  });

  it("reads every page of a v2 answer (years as text) and applies its is_deleted values", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const report = await importKolada(admin, { municipalityId: plan.municipality.id, url: `${kolada.origin}/v2/data/kpi/N00945,N02280/municipality/0181` });
    expect(report).toMatchObject({ pages: 3, rows: 5, added: 11 });
    expect(await values(count.id)).toEqual([
      { year: 2023, gender: "TOTAL", national: false, value: 412, source: "KOLADA" },
      { year: 2024, gender: "TOTAL", national: false, value: 430, source: "KOLADA" },
    ]);
    const withdrawn = await importKolada(admin, {
      municipalityId: plan.municipality.id,
      url: `${kolada.origin}/v2/data/kpi/N02280/municipality/0181?from_date=2026-01-01`,
    });
    expect(withdrawn.removed).toBe(1);
    expect((await values(count.id)).map((v) => v.year)).toEqual([2024]);
  });

  it("imports nothing when the answer has more pages than the bound, and says so", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = (await importKolada(admin, { municipalityId: plan.municipality.id, url: `${kolada.origin}/v3/data/endless` }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(saidAll(error.details.fieldErrors)?.file).toEqual([expect.stringMatching(/^Koladas svar har fler än 20 sidor/)]);
    expect(await db.indicatorValue.count({ where: { indicatorId: percent.id } })).toBe(0);
  });
});

describe("the command line importer", () => {
  it("imports the fixture into a municipality and prints the report", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/kolada-import.ts", KOLADA_FIXTURE, "--municipality", plan.municipality.slug], {
      env: { ...process.env },
      timeout: 120_000,
    });
    expect(stdout).toContain("14 nya värden, 0 ändrade, 0 oförändrade, 0 borttagna.");
    expect(await db.indicatorValue.count({ where: { indicatorId: percent.id } })).toBe(11);
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityType: "indicator", entityId: percent.id } })).toMatchObject({
      actor: expect.stringMatching(/^kommandorad: kolada:import \(.+\)$/),
      userId: null,
    });
  }, 180_000);

  it("names the problem and exits with an error for a malformed file", async () => {
    const error = (await promisify(execFile)("npx", ["tsx", "scripts/kolada-import.ts", "package.json", "--municipality", plan.municipality.slug], {
      env: { ...process.env },
      timeout: 120_000,
    }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain("Filen importerades inte. Ingenting sparades. Rätta följande:");
    expect(error.stderr).toContain("values: ");
  }, 180_000);
});
