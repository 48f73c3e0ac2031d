import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { importKolada } from "@/lib/kolada/commands/import-kolada";
import { reportLines } from "@/lib/kolada/import";
import { createPlan, type Plan } from "../../factories/plan";
import { createIndicatorRow, KOLADA_FIXTURE, useKoladaCode } from "../../factories/followup";
import { userWithRole } from "../../factories/users";

const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => void expired.push(tag),
}));

const fixture = () => readFile(KOLADA_FIXTURE, "utf8");
const values = (indicatorId: number) =>
  db.indicatorValue.findMany({ where: { indicatorId }, orderBy: [{ national: "asc" }, { year: "asc" }, { gender: "asc" }], select: { year: true, gender: true, national: true, value: true, source: true } });

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
    expect(report).toMatchObject({ added: 12, changed: 0, unchanged: 0, skipped: { unknownKpi: { U99999: 1 }, otherMunicipality: { "0483": 1 }, noValue: 2 } });
    expect(reportLines(report)).toEqual([
      "12 nya värden, 0 ändrade, 0 oförändrade.",
      "Andel med gymnasieexamen: 11 nya, 0 ändrade, 0 oförändrade",
      "Antal deltagare: 1 nya, 0 ändrade, 0 oförändrade",
      "U99999: ingen indikator har detta KPI-id (1 rader hoppades över).",
      "Kommunkod 0483: hör inte till kommunen (1 rader hoppades över).",
      "2 värden saknades (null) och hoppades över.",
    ]);

    const stored = await values(percent.id);
    expect(stored).toHaveLength(11);
    expect(stored.every((v) => v.source === "KOLADA")).toBe(true);
    expect(stored.filter((v) => v.national)).toEqual([
      { year: 2022, gender: "TOTAL", national: true, value: 70.3, source: "KOLADA" },
      { year: 2023, gender: "TOTAL", national: true, value: 71, source: "KOLADA" },
    ]);
    expect(stored).toContainEqual({ year: 2023, gender: "WOMEN", national: false, value: 66, source: "KOLADA" });
    expect(await values(count.id)).toEqual([{ year: 2023, gender: "TOTAL", national: false, value: 412, source: "KOLADA" }]);

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
      { name: "Andel med gymnasieexamen", added: 1, changed: 1, unchanged: 10 },
      { name: "Antal deltagare", added: 0, changed: 0, unchanged: 1 },
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
    const error = await importKolada(admin, { municipalityId: plan.municipality.id, json: spoil(await fixture()) }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).userMessage).toBe("Filen importerades inte. Ingenting sparades. Rätta följande:");
    expect((error as AppError).details.fieldErrors?.file).toEqual([expect.stringMatching(message)]);
    expect(await db.indicatorValue.count({ where: { indicatorId: { in: [percent.id, count.id] } } })).toBe(0);
    expect(await db.revision.count({ where: { entityType: "indicator", entityId: { in: [percent.id, count.id] } } })).toBe(0);
  });

  it("refuses an address outside Kolada's API", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = (await importKolada(admin, { municipalityId: plan.municipality.id, url: "http://127.0.0.1:5432/" }).catch((e: unknown) => e)) as AppError;
    expect(error.details.fieldErrors?.url).toEqual(["Ange en adress som börjar med https://api.kolada.se/"]);
  });
});

describe("the command line importer", () => {
  it("imports the fixture into a municipality and prints the report", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/kolada-import.ts", KOLADA_FIXTURE, "--municipality", plan.municipality.slug], {
      env: { ...process.env },
      timeout: 120_000,
    });
    expect(stdout).toContain("12 nya värden, 0 ändrade, 0 oförändrade.");
    expect(await db.indicatorValue.count({ where: { indicatorId: percent.id } })).toBe(11);
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityType: "indicator", entityId: percent.id } })).toMatchObject({ actor: "kommandorad", userId: null });
  }, 180_000);

  it("names the problem and exits with an error for a malformed file", async () => {
    const error = (await promisify(execFile)("npx", ["tsx", "scripts/kolada-import.ts", "package.json", "--municipality", plan.municipality.slug], { env: { ...process.env }, timeout: 120_000 }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toContain("Filen importerades inte. Ingenting sparades. Rätta följande:");
    expect(error.stderr).toContain("values: ");
  }, 180_000);
});
