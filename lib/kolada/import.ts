import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import type { Gender } from "@/lib/generated/prisma/enums";
import { sv } from "@/lib/i18n/sv";
import { saveBatch, type Actor, type BatchItem } from "@/lib/revisions/save";
import { compareCells, mergeCells, withValues, writeCells, type Cell } from "@/lib/indicators/cells";
import { loadIndicator, type LoadedIndicator } from "@/lib/indicators/record";
import { valueProblem } from "@/lib/indicators/values";
import { rowLabel, type PlacedRow } from "./parse";
import { NATIONAL_CODE } from "./schema";

const genders = { T: "TOTAL", K: "WOMEN", M: "MEN" } as const satisfies Record<string, Gender>;

export type KoladaReport = {
  indicators: { name: string; added: number; changed: number; unchanged: number }[];
  added: number;
  changed: number;
  unchanged: number;
  skipped: { unknownKpi: Record<string, number>; otherMunicipality: Record<string, number>; noValue: number };
};

/**
 * Imports Kolada rows into a municipality's indicators, matched by their Kolada KPI id (docs/decisions/
 * 032-kolada-mapping.md): the municipality's own code gives its values, 0000 the national comparison,
 * T/K/M the gender. Every value is checked against its indicator's value type first; any problem stops
 * the import before anything is written, naming row and field. Then one transaction: per indicator with
 * new or changed values, one revision (what changed, from what) and its audit entry. Values are
 * attributed to Kolada. Rows for unknown KPIs or other municipalities, and missing values, are skipped
 * and counted.
 */
export async function importKoladaRows(actor: Actor, municipalityId: number, rows: PlacedRow[]): Promise<KoladaReport> {
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { code: true } });
  if (!municipality) throw notFound(`municipality ${municipalityId}`);
  const found = await db.indicator.findMany({ where: { municipalityId, koladaKpi: { in: [...new Set(rows.map((r) => r.kpi))] } }, select: { id: true, koladaKpi: true } });
  const indicators = new Map<string, LoadedIndicator>();
  for (const { id, koladaKpi } of found) indicators.set(koladaKpi!, (await loadIndicator(id))!);

  const skipped: KoladaReport["skipped"] = { unknownKpi: {}, otherMunicipality: {}, noValue: 0 };
  const problems: string[] = [];
  const incoming = new Map<string, Cell[]>();
  for (const row of rows) {
    const indicator = indicators.get(row.kpi);
    const national = row.municipality === NATIONAL_CODE;
    if (!indicator) skipped.unknownKpi[row.kpi] = (skipped.unknownKpi[row.kpi] ?? 0) + 1;
    else if (!national && row.municipality !== municipality.code) skipped.otherMunicipality[row.municipality] = (skipped.otherMunicipality[row.municipality] ?? 0) + 1;
    else {
      row.values.forEach((v, i) => {
        if (v.value === null) return void skipped.noValue++;
        const problem = valueProblem(indicator.valueType, v.value);
        if (problem) return void problems.push(`${rowLabel(row.page, row.row - 1, row)}: values.${i}.value: ${problem}`);
        const cells = incoming.get(row.kpi) ?? [];
        incoming.set(row.kpi, [...cells, { year: row.period, gender: genders[v.gender], national, value: v.value, source: "KOLADA" }]);
      });
    }
  }
  if (problems.length > 0) throw invalid({ file: problems }, sv.kolada.problems);

  const report: KoladaReport = { indicators: [], added: 0, changed: 0, unchanged: 0, skipped };
  const items: BatchItem[] = [];
  for (const [kpi, cells] of incoming) {
    const indicator = indicators.get(kpi)!;
    const { added, changed, unchanged } = compareCells(indicator.values, cells);
    report.indicators.push({ name: indicator.snapshot.name, added: added.length, changed: changed.length, unchanged: unchanged.length });
    report.added += added.length;
    report.changed += changed.length;
    report.unchanged += unchanged.length;
    const upserts = [...added, ...changed];
    if (upserts.length === 0) continue;
    items.push({
      key: kpi,
      entity: indicator.entity,
      kind: "UPDATE",
      version: indicator.version,
      before: indicator.snapshot,
      after: withValues(indicator.snapshot, mergeCells(indicator.values, upserts)),
      tags: indicator.status === "PUBLISHED" ? indicator.tags : [],
      write: (tx) => writeCells(tx, indicator.entity.id, upserts),
    });
  }
  await saveBatch(actor, items);
  return report;
}

/** The report as lines for people: totals, per indicator, and what was skipped. */
export function reportLines(report: KoladaReport): string[] {
  const k = sv.kolada;
  return [
    k.report(report.added, report.changed, report.unchanged),
    ...report.indicators.map((i) => k.perIndicator(i.name, i.added, i.changed, i.unchanged)),
    ...Object.entries(report.skipped.unknownKpi).map(([kpi, n]) => k.skipped.unknownKpi(kpi, n)),
    ...Object.entries(report.skipped.otherMunicipality).map(([code, n]) => k.skipped.otherMunicipality(code, n)),
    ...(report.skipped.noValue > 0 ? [k.skipped.noValue(report.skipped.noValue)] : []),
  ];
}
