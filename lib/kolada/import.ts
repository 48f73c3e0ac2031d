import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import type { Gender } from "@/lib/generated/prisma/enums";
import { message, type Translate } from "@/lib/i18n/message";
import { saveBatch, type Actor, type BatchItem } from "@/lib/revisions/save";
import { compareCells, mergeCells, withValues, writeCells, type Cell } from "@/lib/indicators/cells";
import { loadIndicator, type LoadedIndicator } from "@/lib/indicators/record";
import { valueField, valueProblem, type ValueCell } from "@/lib/indicators/values";
import type { KoladaRead } from "./fetch";
import { rowLabel } from "./parse";
import { NATIONAL_CODE } from "./schema";

const genders = { T: "TOTAL", K: "WOMEN", M: "MEN" } as const satisfies Record<string, Gender>;

type Counts = { added: number; changed: number; unchanged: number; removed: number };

export type KoladaReport = Counts & {
  pages: number;
  rows: number;
  indicators: (Counts & { name: string })[];
  missing: number;
  skipped: { unknownKpi: Record<string, number>; otherMunicipality: Record<string, number>; missingOverValue: number };
};

/** What the rows ask of one indicator: values to write (a missing one with value null) and values Kolada withdrew. */
type Incoming = { cells: Map<string, Cell>; removals: Map<string, ValueCell> };

/**
 * Imports Kolada rows into a municipality's indicators, matched by their Kolada KPI id (docs/decisions/
 * 032-kolada-mapping.md, 080-kolada-v3-and-deletions.md): the municipality's own code gives its values,
 * 0000 the national comparison, T/K/M the gender. Every value is checked against its indicator's value
 * type first; any problem stops the import before anything is written, naming row and field. A value
 * Kolada marks deleted is removed; one it reports missing (null) is stored as missing with Kolada's
 * status, unless a number is already stored. Then one transaction: per indicator with changes, one
 * revision (what changed, from what) and its audit entry. Values are attributed to Kolada.
 */
export async function importKoladaRows(t: Translate, actor: Actor, municipalityId: number, read: KoladaRead): Promise<KoladaReport> {
  const { rows } = read;
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { code: true } });
  if (!municipality) throw notFound(`municipality ${municipalityId}`);
  const found = await db.indicator.findMany({
    where: { municipalityId, koladaKpi: { in: [...new Set(rows.map((r) => r.kpi))] } },
    select: { id: true, koladaKpi: true },
  });
  const indicators = new Map<string, LoadedIndicator>();
  for (const { id, koladaKpi } of found) indicators.set(koladaKpi!, (await loadIndicator(id))!);

  const report: KoladaReport = {
    pages: read.pages,
    rows: rows.length,
    indicators: [],
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    missing: 0,
    skipped: { unknownKpi: {}, otherMunicipality: {}, missingOverValue: 0 },
  };
  const { skipped } = report;
  const problems: string[] = [];
  const incoming = new Map<string, Incoming>();
  for (const row of rows) {
    const indicator = indicators.get(row.kpi);
    const national = row.municipality === NATIONAL_CODE;
    if (!indicator) skipped.unknownKpi[row.kpi] = (skipped.unknownKpi[row.kpi] ?? 0) + 1;
    else if (!national && row.municipality !== municipality.code)
      skipped.otherMunicipality[row.municipality] = (skipped.otherMunicipality[row.municipality] ?? 0) + 1;
    else {
      const into = incoming.get(row.kpi) ?? { cells: new Map(), removals: new Map() };
      incoming.set(row.kpi, into);
      row.values.forEach((v, i) => {
        const place: ValueCell = { year: row.period, gender: genders[v.gender], national };
        const field = valueField(place);
        if (v.deleted) return void (into.cells.delete(field), into.removals.set(field, place));
        into.removals.delete(field);
        if (v.value === null) {
          if (indicator.values.some((s) => valueField(s) === field && s.value !== null)) return void skipped.missingOverValue++;
          report.missing++;
        } else {
          const problem = valueProblem(indicator.valueType, v.value);
          if (problem) return void problems.push(`${rowLabel(t, row.page, row.row - 1, row)}: values.${i}.value: ${t(problem)}`);
        }
        into.cells.set(field, { ...place, value: v.value, status: v.status, count: v.count, source: "KOLADA" });
      });
    }
  }
  if (problems.length > 0) throw invalid({ file: problems.map((line) => message("kolada.problemLine", { line })) }, "kolada.problems");

  const items: BatchItem[] = [];
  for (const [kpi, { cells, removals }] of incoming) {
    const indicator = indicators.get(kpi)!;
    const { added, changed, unchanged } = compareCells(indicator.values, [...cells.values()]);
    const removed = indicator.values.filter((s) => removals.has(valueField(s)));
    const counts = { added: added.length, changed: changed.length, unchanged: unchanged.length, removed: removed.length };
    report.indicators.push({ name: indicator.snapshot.name, ...counts });
    for (const key of ["added", "changed", "unchanged", "removed"] as const) report[key] += counts[key];
    const upserts = [...added, ...changed];
    if (upserts.length === 0 && removed.length === 0) continue;
    items.push({
      key: kpi,
      entity: indicator.entity,
      kind: "UPDATE",
      version: indicator.version,
      before: indicator.snapshot,
      after: withValues(indicator.snapshot, mergeCells(indicator.values, upserts, removed)),
      tags: indicator.status === "PUBLISHED" ? indicator.tags : [],
      write: (tx) => writeCells(tx, indicator.entity.id, upserts, removed),
    });
  }
  await saveBatch(actor, items);
  return report;
}

/** The report as lines for people, in the translator's language: what was read, totals, per indicator, and what was skipped. */
export function reportLines(t: Translate, report: KoladaReport): string[] {
  const { added, changed, unchanged, removed, skipped } = report;
  return [
    t("kolada.read", { pages: report.pages, rows: report.rows }),
    t("kolada.report", { added, changed, unchanged, removed }),
    ...report.indicators.map((i) => t("kolada.perIndicator", { name: i.name, added: i.added, changed: i.changed, unchanged: i.unchanged, removed: i.removed })),
    ...(report.missing > 0 ? [t("kolada.missing", { values: report.missing })] : []),
    ...Object.entries(skipped.unknownKpi).map(([kpi, rows]) => t("kolada.skipped.unknownKpi", { kpi, rows })),
    ...Object.entries(skipped.otherMunicipality).map(([code, rows]) => t("kolada.skipped.otherMunicipality", { code, rows })),
    ...(skipped.missingOverValue > 0 ? [t("kolada.skipped.missingOverValue", { values: skipped.missingOverValue })] : []),
  ];
}
