import type { ValueSource } from "@/lib/generated/prisma/enums";
import type { Snapshot } from "@/lib/revisions/entities";
import type { Tx } from "@/lib/revisions/save";
import { cellOfField, valueField, type ValueCell } from "./values";

/**
 * One stored value of an indicator. `value` null is a value the source reports as missing (Kolada's
 * status "Missing"): shown as missing, never as zero or as nothing. `status` and `count` are Kolada's.
 */
export type Cell = ValueCell & { value: number | null; source: ValueSource; status?: string | null; count?: number | null };

/**
 * How a snapshot (and so the history) holds a value reported missing: a word, since null would read as
 * no value at all. Stored data, so it stays this Swedish word whatever the reader's language.
 */
export const MISSING_IN_SNAPSHOT = "saknas";

/** Values as an indicator's snapshot holds them: one field per value ("value 2023/T": 12.3, or "saknas"). */
export const valueFields = (cells: (ValueCell & { value: number | null })[]) =>
  Object.fromEntries(cells.map((c) => [valueField(c), c.value ?? MISSING_IN_SNAPSHOT]));

/** A snapshot with its value fields replaced by these values. */
export const withValues = (snapshot: Snapshot, cells: Cell[]): Snapshot => ({
  ...Object.fromEntries(Object.entries(snapshot).filter(([field]) => !cellOfField(field))),
  ...valueFields(cells),
});

const same = (a: Cell, b: Cell) => a.value === b.value && (a.status ?? null) === (b.status ?? null) && (a.count ?? null) === (b.count ?? null);

/** Incoming values against the stored ones: which are new, which change, which are the same. */
export function compareCells(stored: Cell[], incoming: Cell[]) {
  const byField = new Map(stored.map((c) => [valueField(c), c]));
  const result = { added: [] as Cell[], changed: [] as Cell[], unchanged: [] as Cell[] };
  for (const cell of incoming) {
    const old = byField.get(valueField(cell));
    (old === undefined ? result.added : same(old, cell) ? result.unchanged : result.changed).push(cell);
  }
  return result;
}

/** The stored values after writing `upserts` and removing `removals`. */
export function mergeCells(stored: Cell[], upserts: Cell[], removals: ValueCell[] = []): Cell[] {
  const byField = new Map(stored.map((c) => [valueField(c), c]));
  for (const r of removals) byField.delete(valueField(r));
  for (const u of upserts) byField.set(valueField(u), u);
  return [...byField.values()];
}

/** Writes new and changed values, and removes the given ones. */
export async function writeCells(tx: Tx, indicatorId: number, upserts: Cell[], removals: ValueCell[] = []) {
  for (const { year, gender, national } of removals) await tx.indicatorValue.deleteMany({ where: { indicatorId, year, gender, national } });
  for (const { year, gender, national, value, source, status = null, count = null } of upserts) {
    await tx.indicatorValue.upsert({
      where: { indicatorId_national_year_gender: { indicatorId, national, year, gender } },
      create: { indicatorId, year, gender, national, value, source, status, count },
      update: { value, source, status, count },
    });
  }
}
