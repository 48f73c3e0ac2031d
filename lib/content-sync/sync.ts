import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityRef, EntityType } from "@/lib/revisions/entities";

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

/**
 * Which record with a revision history a row belongs to: the row is the record itself (`record`, in a
 * municipality), or a part of one (`partOf`: a link, a section list, a group's members).
 */
export type Owner = { record: EntityType; municipalityId?: number } | { partOf: EntityRef };

/** A record the import created or changed (through any of its rows), for its revision. */
export type Touched = { ref: EntityRef; created: boolean };

export class SyncContext {
  readonly stats: ImportStats = {};
  readonly touched = new Map<string, Touched>();
  readonly removed: EntityRef[] = [];
  /** The imported municipalities' slugs by id, to report changes per municipality. */
  readonly municipalities = new Map<number, string>();
  constructor(readonly tx: Tx) {}

  private touch(owner: Owner | undefined, row: Row, created: boolean) {
    if (!owner) return;
    // A municipality is the municipality its own permissions are checked in.
    const ref = "partOf" in owner ? owner.partOf : { type: owner.record, id: row.id as number, municipalityId: owner.municipalityId ?? (row.id as number) };
    const key = `${ref.type}:${ref.id}`;
    if (!this.touched.has(key)) this.touched.set(key, { ref, created: created && !("partOf" in owner) });
  }

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
  async upsert(model: string, where: Row, data: Row, owner?: Owner): Promise<{ row: Row; previous: Row | null }> {
    const d = this.delegate(model);
    const previous = await d.findFirst({ where });
    if (!previous) {
      this.count(model, "created");
      const row = await d.create({ data: { ...where, ...data } });
      this.touch(owner, row, true);
      return { row, previous };
    }
    const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => !sameValue(previous[k], v)));
    if (Object.keys(changed).length === 0) {
      this.count(model, "unchanged");
      return { row: previous, previous };
    }
    this.count(model, "updated");
    this.touch(owner, previous, false);
    const idWhere = "id" in previous ? { id: previous.id } : where;
    return { row: await d.update({ where: idWhere, data: changed }), previous };
  }

  /** Deletes rows matching `where` whose id is not in `keepIds`, noting the records removed (or changed) by it. */
  async prune(model: string, where: Row, keepIds: unknown[], owner?: Owner) {
    const d = this.delegate(model);
    const doomed = { ...where, id: { notIn: keepIds } };
    const rows = owner ? await d.findMany({ where: doomed }) : [];
    if (owner && "record" in owner)
      this.removed.push(...rows.map((r) => ({ type: owner.record, id: r.id as number, municipalityId: owner.municipalityId ?? (r.id as number) })));
    else if (rows[0]) this.touch(owner, rows[0], false);
    const { count } = await d.deleteMany({ where: doomed });
    if (count) this.count(model, "deleted", count);
  }

  /**
   * Makes a link table hold exactly `wanted` rows for the owner. Rows are compared by the
   * given columns, so an unchanged set writes nothing.
   */
  async syncLinks(model: string, owner: Row, wanted: Row[], columns: string[], partOf?: EntityRef) {
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
    if (stale.length || missing.length) this.touch(partOf && { partOf }, owner, false);
    this.count(model, "unchanged", existing.length - stale.length);
  }

  /** Replaces an ordered child list only when its content differs. */
  async replaceList(model: string, owner: Row, wanted: Row[], columns: string[], partOf?: EntityRef) {
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
    this.touch(partOf && { partOf }, owner, false);
    this.count(model, "deleted", existing.length);
    this.count(model, "created", wanted.length);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  // A jsonb column (translations) comes back with its keys in PostgreSQL's order, not the file's.
  if (isJsonObject(a) || isJsonObject(b)) return canonical(a) === canonical(b);
  return (a ?? null) === (b ?? null);
}

const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !(value instanceof Date);

function canonical(value: unknown): string {
  if (!isJsonObject(value) || Array.isArray(value)) return JSON.stringify(value ?? null);
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    .join(",")}}`;
}
