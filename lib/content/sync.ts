import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;

/** The part of a Prisma model delegate the sync helpers use; every model delegate satisfies it. */
export type Delegate = {
  findFirst(args: { where: Row }): Promise<Row | null>;
  findMany(args: { where: Row }): Promise<Row[]>;
  create(args: { data: Row }): Promise<Row>;
  update(args: { where: Row; data: Row }): Promise<Row>;
  deleteMany(args: { where: Row }): Promise<{ count: number }>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
};

export type ImportStats = Record<string, { created: number; updated: number; deleted: number; unchanged: number }>;

export class SyncContext {
  readonly stats: ImportStats = {};
  constructor(readonly tx: Tx) {}

  private count(model: string, key: "created" | "updated" | "deleted" | "unchanged", n = 1) {
    this.stats[model] ??= { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    this.stats[model][key] += n;
  }

  delegate(model: string): Delegate {
    const name = model.charAt(0).toLowerCase() + model.slice(1);
    return (this.tx as unknown as Record<string, Delegate>)[name]!;
  }

  /**
   * Creates the row, or updates it only where a field differs, so re-importing unchanged
   * content leaves every row (and its updatedAt) untouched.
   */
  async upsert(model: string, where: Row, data: Row): Promise<{ row: Row; previous: Row | null }> {
    const d = this.delegate(model);
    const previous = await d.findFirst({ where });
    if (!previous) {
      this.count(model, "created");
      return { row: await d.create({ data: { ...where, ...data } }), previous };
    }
    const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => !sameValue(previous[k], v)));
    if (Object.keys(changed).length === 0) {
      this.count(model, "unchanged");
      return { row: previous, previous };
    }
    this.count(model, "updated");
    const idWhere = "id" in previous ? { id: previous.id } : where;
    return { row: await d.update({ where: idWhere, data: changed }), previous };
  }

  /** Deletes rows matching `where` whose id is not in `keepIds`. */
  async prune(model: string, where: Row, keepIds: unknown[]) {
    const { count } = await this.delegate(model).deleteMany({ where: { ...where, id: { notIn: keepIds } } });
    if (count) this.count(model, "deleted", count);
  }

  /**
   * Makes a link table hold exactly `wanted` rows for the owner. Rows are compared by the
   * given columns, so an unchanged set writes nothing.
   */
  async syncLinks(model: string, owner: Row, wanted: Row[], columns: string[]) {
    const d = this.delegate(model);
    const key = (r: Row) => columns.map((c) => String(r[c])).join("|");
    const existing = await d.findMany({ where: owner });
    const wantedKeys = new Set(wanted.map(key));
    const existingKeys = new Set(existing.map(key));
    const stale = existing.filter((r) => !wantedKeys.has(key(r)));
    const missing = wanted.filter((r) => !existingKeys.has(key(r)));
    for (const r of stale) {
      await d.deleteMany({ where: { ...owner, ...Object.fromEntries(columns.map((c) => [c, r[c]])) } });
    }
    if (missing.length) await d.createMany({ data: missing.map((r) => ({ ...owner, ...r })) });
    if (stale.length) this.count(model, "deleted", stale.length);
    if (missing.length) this.count(model, "created", missing.length);
    this.count(model, "unchanged", existing.length - stale.length);
  }

  /** Replaces an ordered child list only when its content differs. */
  async replaceList(model: string, owner: Row, wanted: Row[], columns: string[]) {
    const d = this.delegate(model);
    const existing = await d.findMany({ where: owner });
    const sort = (rows: Row[]) => [...rows].sort((a, b) => Number(a.position) - Number(b.position) || String(a.kind).localeCompare(String(b.kind)));
    const shape = (rows: Row[]) => JSON.stringify(sort(rows).map((r) => columns.map((c) => r[c] ?? null)));
    if (shape(existing) === shape(wanted)) {
      this.count(model, "unchanged", existing.length);
      return;
    }
    await d.deleteMany({ where: owner });
    await d.createMany({ data: wanted.map((r) => ({ ...owner, ...r })) });
    this.count(model, "deleted", existing.length);
    this.count(model, "created", wanted.length);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return (a ?? null) === (b ?? null);
}
