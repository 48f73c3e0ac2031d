import { db } from "@/lib/db/client";
import type { MessageKey } from "@/lib/i18n/message";
import { invalid, notFound, type FieldErrors } from "@/lib/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { Snapshot } from "@/lib/revisions/entities";
import { diffSnapshots } from "@/lib/revisions/diff";
import { batchConflict, saveBatch, type BatchItem, type Tx } from "@/lib/revisions/save";
import { assertCanEditRow, assertPeriodOpenTo } from "./authorize";
import { loadPeriod } from "./record";

type RowType = "actionFollowUp" | "goalAssessment";

/** An action or goal as a follow-up table row sees it, with its record in the period if it has one. */
type RowTarget<Existing> = {
  id: number;
  status: PublicationStatus;
  areaId: number;
  document: { municipalityId: number; status: PublicationStatus };
  existing: (Existing & { id: number; version: number }) | undefined;
};

/** Another save created the row's record first, between our read and our insert. */
class RowTaken extends Error {
  constructor(
    readonly key: string,
    readonly targetId: number,
  ) {
    super(`row ${key} was created by another save`);
  }
}

async function snapshotAt(entityType: RowType, entityId: number, version: number) {
  const revision = await db.revision.findFirst({ where: { entityType, entityId, version }, select: { snapshot: true } });
  return (revision?.snapshot as Snapshot | undefined) ?? null;
}

/**
 * One row as a batch item: a creation when the row has no record yet, otherwise a change claiming the
 * version the table was loaded with. A row the user left as it was loaded, which someone else has changed
 * since, is skipped (null) rather than reported as a conflict: saving a whole table must not overwrite,
 * or trip over, rows the user never touched.
 */
async function rowItem(row: {
  key: string;
  type: RowType;
  municipalityId: number;
  version: number;
  existing: { id: number; version: number; snapshot: Snapshot } | undefined;
  after: Snapshot;
  create: (tx: Tx) => Promise<number>;
  update: (tx: Tx, id: number) => Promise<void>;
}): Promise<BatchItem | null> {
  const { key, type, municipalityId, existing, after } = row;
  if (!existing) return { key, type, municipalityId, after, tags: [], create: row.create };
  if (existing.version !== row.version && row.version > 0) {
    const loaded = await snapshotAt(type, existing.id, row.version);
    if (loaded && diffSnapshots(loaded, after).length === 0) return null;
  }
  return {
    key,
    entity: { type, id: existing.id, municipalityId },
    kind: "UPDATE",
    version: row.version,
    before: existing.snapshot,
    after,
    // An open period is not public: its rows change no public page (publishing the period does).
    tags: [],
    write: (tx) => row.update(tx, existing.id),
  };
}

/** How one follow-up table (a plan's actions, a document's goals) reads and writes its rows. */
export type TableSpec<Row, Existing, Fields extends object> = {
  type: RowType;
  /** The row record's column naming its action or goal. */
  targetKey: "actionId" | "goalId";
  load: (ids: number[], periodId: number) => Promise<RowTarget<Existing>[]>;
  /** The row's field that names an archived target, and what it says. */
  archived: { field: string; message: MessageKey };
  fields: (row: Row, existing: Existing | undefined) => Fields;
  /** An existing record's fields, as `fields` makes them. */
  stored: (existing: Existing) => Fields;
  /** Fields as a revision stores them (plain JSON). */
  snapshot: (fields: Fields) => Snapshot;
  /**
   * Inserts the row's record with `ON CONFLICT DO NOTHING` (Prisma's `skipDuplicates`), returning its id,
   * or null when another save inserted it since this one read the table.
   */
  create: (tx: Tx, periodId: number, targetId: number, fields: Fields) => Promise<number | null>;
  update: (tx: Tx, id: number, fields: Fields) => Promise<void>;
};

type TableInput<Row> = { periodId: number; rows: Record<string, Row> };

/** The period and the action or goal of every row (a missing one is reported by `authorizeTable`). */
export async function loadTable<Row, Existing, Fields extends object>(table: TableSpec<Row, Existing, Fields>, { periodId, rows }: TableInput<Row>) {
  const period = await loadPeriod(periodId);
  const targets = period ? await table.load(Object.keys(rows).map(Number), period.entity.id) : [];
  return { period, targets: new Map(targets.map((t) => [t.id, t])) };
}

type LoadedTable<Existing> = { period: Awaited<ReturnType<typeof loadPeriod>>; targets: Map<number, RowTarget<Existing>> };

/**
 * The period must be open to the user, and every row's record must lie in the period's municipality and
 * be editable by the user (editors limited to areas only within them).
 */
export function authorizeTable<Row, Existing>(
  user: SessionUser,
  { period, targets }: LoadedTable<Existing>,
  { periodId, rows }: TableInput<Row>,
  type: RowType,
) {
  assertPeriodOpenTo(user, period, periodId);
  for (const key of Object.keys(rows)) {
    const target = targets.get(Number(key));
    if (!target) throw notFound(`${type} target ${key}`);
    assertCanEditRow(user, period.entity.municipalityId, { municipalityId: target.document.municipalityId, areaId: target.areaId });
  }
}

/** The write of an authorized table: archived items are refused, and all rows are saved in one transaction or none. */
export async function writeTable<Row extends { version: number }, Existing, Fields extends object>(
  user: SessionUser,
  table: TableSpec<Row, Existing, Fields>,
  { period, targets }: LoadedTable<Existing>,
  rows: Record<string, Row>,
): Promise<void> {
  const { municipalityId, id: periodId } = period!.entity;
  const errors: FieldErrors = {};
  const items: (BatchItem | null)[] = [];
  for (const [key, row] of Object.entries(rows)) {
    const target = targets.get(Number(key))!;
    if (target.status === "ARCHIVED" || target.document.status === "ARCHIVED") {
      errors[`rows.${key}.${table.archived.field}`] = [table.archived.message];
      continue;
    }
    const { existing } = target;
    const fields = table.fields(row, existing);
    const snapshot = (f: Fields) => ({ periodId, [table.targetKey]: target.id, ...table.snapshot(f) });
    items.push(
      await rowItem({
        key,
        type: table.type,
        municipalityId,
        version: row.version,
        existing: existing && { id: existing.id, version: existing.version, snapshot: snapshot(table.stored(existing)) },
        after: snapshot(fields),
        create: async (tx) => {
          const id = await table.create(tx, periodId, target.id, fields);
          if (id === null) throw new RowTaken(key, target.id);
          return id;
        },
        update: (tx, id) => table.update(tx, id, fields),
      }),
    );
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  try {
    await saveBatch(
      user,
      items.filter((item) => item !== null),
    );
  } catch (error) {
    if (!(error instanceof RowTaken)) throw error;
    // Two first saves of one row: the later one is a conflict with the earlier, as for any stale version.
    const [taken] = await table.load([error.targetId], periodId);
    if (!taken?.existing) throw error;
    throw await batchConflict([{ key: error.key, entity: { type: table.type, id: taken.existing.id, municipalityId }, version: 0 }]);
  }
}
