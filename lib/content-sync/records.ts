import { db, type Db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import { audit } from "@/lib/audit/record";
import { recordKinds } from "@/lib/records/kinds";
import { isOrdered } from "@/lib/records/commands/move-record";
import { entityTables, type EntityRef, type EntityType, type Snapshot } from "@/lib/revisions/entities";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import { diffSnapshots } from "@/lib/revisions/diff";
import { saveBatchIn, type Actor, type BatchItem, type Tx } from "@/lib/revisions/save";
import type { SyncContext } from "./sync";

/** One record the import creates, changes (naming the fields) or removes. */
export type RecordChange = { ref: EntityRef; municipality: string; change: "created" | "changed" | "removed"; label: string; fields: string[] };
/** A change the import refuses: the record was edited in the browser since, or it (or what lies under it) has follow-up. */
export type Blocker = RecordChange & { by?: string; at?: Date };
export type RecordPlan = { changes: RecordChange[]; edited: Blocker[]; withFollowUp: Blocker[] };

/** Thrown inside the import's transaction, so nothing of it is written; the plan says why. */
export class ImportRefused extends Error {
  constructor(readonly plan: RecordPlan) {
    super(`content import refused: ${plan.edited.length} edited in the browser, ${plan.withFollowUp.length} with follow-up`);
    this.name = "ImportRefused";
  }
}

type Loaded = LoadedRecord & { ref: EntityRef };

/** How the import's report (the command line's, in Swedish) names a record. */
const label = (s: Snapshot | undefined, id: number) =>
  [
    s?.code ?? s?.number,
    s?.title ??
      s?.name ??
      s?.heading ??
      (s?.publicHealthArea !== undefined ? translator("sv")("contentImport.publicHealthArea", { n: Number(s.publicHealthArea) }) : undefined),
  ]
    .filter((part) => part !== undefined && part !== null && part !== "")
    .join(" ") || `#${id}`;

async function load(ref: EntityRef, client?: Db | Tx): Promise<Loaded | null> {
  const loaded = await recordKinds[ref.type]!.load(ref.id, client);
  return loaded && { ...loaded, ref };
}

/** The snapshot a revision records: the kind's own, with its status and (if it moved) its place, which restore leaves alone. */
async function snapshotOf(record: Loaded, client: Db | Tx, other?: Loaded): Promise<Snapshot> {
  const status = recordKinds[record.ref.type]!.statusless ? {} : { status: record.status };
  return { ...record.snapshot, ...status, ...(other && isOrdered(record.ref.type) ? await placeOf(record.ref, client) : {}) };
}

async function placeOf(ref: EntityRef, client: Db | Tx) {
  const [row] = await client.$queryRawUnsafe<{ position: number }[]>(`SELECT "position" FROM "${entityTables[ref.type]}" WHERE "id" = $1`, ref.id);
  return { place: (row?.position ?? 0) + 1 };
}

/** Under a document removed from the files lie its sections, areas, goals and actions: removed with it by the cascade. */
async function withParts(removed: EntityRef[]): Promise<EntityRef[]> {
  const all = new Map(removed.map((ref) => [`${ref.type}:${ref.id}`, ref]));
  for (const doc of removed.filter((ref) => ref.type === "document")) {
    const where = { where: { documentId: doc.id }, select: { id: true } };
    const parts: [EntityType, { id: number }[]][] = [
      ["section", await db.documentSection.findMany(where)],
      ["area", await db.area.findMany(where)],
      ["goal", await db.goal.findMany(where)],
      ["action", await db.action.findMany(where)],
    ];
    for (const [type, rows] of parts) for (const { id } of rows) all.set(`${type}:${id}`, { type, id, municipalityId: doc.municipalityId });
  }
  return [...all.values()];
}

/** Follow-up that a removal would delete with the record (read as committed: the import's own deletes are not yet). */
async function hasFollowUp(ref: EntityRef): Promise<boolean> {
  const counts: Partial<Record<EntityType, () => Promise<number>>> = {
    action: () => db.actionFollowUp.count({ where: { actionId: ref.id } }),
    goal: async () => (await db.goalAssessment.count({ where: { goalId: ref.id } })) + (await db.indicatorGoal.count({ where: { goalId: ref.id } })),
    area: () => db.areaSignOff.count({ where: { areaId: ref.id } }),
  };
  return ((await counts[ref.type]?.()) ?? 0) > 0;
}

/** The latest revision of each record, when a signed-in person made it: an edit in the browser the files do not know. */
async function browserEdits(refs: EntityRef[], client: Tx) {
  if (refs.length === 0) return new Map<string, { by: string; at: Date }>();
  const rows = await client.$queryRawUnsafe<{ entityType: string; entityId: number; userId: number | null; name: string | null; createdAt: Date }[]>(
    `SELECT DISTINCT ON (r."entityType", r."entityId") r."entityType", r."entityId", r."userId", u."name", r."createdAt"
       FROM "Revision" r LEFT JOIN "User" u ON u."id" = r."userId"
      WHERE (r."entityType", r."entityId") IN (SELECT * FROM unnest($1::text[], $2::int[]))
      ORDER BY r."entityType", r."entityId", r."version" DESC, r."id" DESC`,
    refs.map((r) => r.type),
    refs.map((r) => r.id),
  );
  return new Map(rows.filter((r) => r.userId !== null).map((r) => [`${r.entityType}:${r.entityId}`, { by: r.name ?? "", at: r.createdAt }]));
}

/**
 * After the import's rows are written (in `tx`), makes each record they belong to a change through the write
 * engine: a creation or a version claimed with its revision and audit entry by `actor`, or for a removal an
 * audit entry with what was removed. Refuses (throwing, so the transaction writes nothing) when a record to
 * change or remove was last edited in the browser, unless `force`, and always when a removal takes follow-up.
 * With `dryRun` it records nothing and returns what would change.
 */
export async function recordChanges(tx: Tx, ctx: SyncContext, actor: Actor, options: { force: boolean; dryRun: boolean }): Promise<RecordChange[]> {
  const items: BatchItem[] = [];
  const changes: RecordChange[] = [];
  const slugOf = (ref: EntityRef) => ctx.municipalities.get(ref.municipalityId) ?? String(ref.municipalityId);
  for (const { ref, created } of ctx.touched.values()) {
    const after = await load(ref, tx);
    if (!after) continue;
    const key = `${ref.type}:${ref.id}`;
    if (created) {
      const snapshot = await snapshotOf(after, tx);
      items.push({ key, type: ref.type, municipalityId: ref.municipalityId, after: snapshot, create: async () => ref.id, tags: [] });
      changes.push({ ref, municipality: slugOf(ref), change: "created", label: label(snapshot, ref.id), fields: [] });
      continue;
    }
    const before = (await load(ref))!;
    const [was, is] = [await snapshotOf(before, db, after), await snapshotOf(after, tx, before)];
    const fields = diffSnapshots(was, is).map((c) => c.field);
    if (fields.length === 0) continue;
    items.push({ key, entity: ref, kind: "UPDATE", version: before.version, before: was, after: is, write: async () => undefined, tags: [] });
    changes.push({ ref, municipality: slugOf(ref), change: "changed", label: label(is, ref.id), fields });
  }
  const removed: (RecordChange & { before: Snapshot })[] = [];
  for (const ref of await withParts(ctx.removed)) {
    const before = await load(ref);
    if (before) removed.push({ ref, municipality: slugOf(ref), change: "removed", label: label(before.snapshot, ref.id), fields: [], before: before.snapshot });
  }
  changes.push(...removed.map(({ before: _before, ...change }) => change));

  const edits = await browserEdits(
    changes.filter((c) => c.change !== "created").map((c) => c.ref),
    tx,
  );
  const plan: RecordPlan = {
    changes,
    edited: changes.filter((c) => edits.has(`${c.ref.type}:${c.ref.id}`)).map((c) => ({ ...c, ...edits.get(`${c.ref.type}:${c.ref.id}`) })),
    withFollowUp: [],
  };
  for (const change of removed) if (await hasFollowUp(change.ref)) plan.withFollowUp.push(change);
  if (plan.withFollowUp.length > 0 || (plan.edited.length > 0 && !options.force)) throw new ImportRefused(plan);
  if (options.dryRun) return changes;

  await saveBatchIn(tx, actor, items);
  for (const { ref, before } of removed) {
    await audit(
      { userId: actor.id, actor: actor.email, action: "delete", entityType: ref.type, entityId: ref.id, municipalityId: ref.municipalityId, before },
      tx,
    );
  }
  return changes;
}
