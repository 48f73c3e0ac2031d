import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { expireTags } from "@/lib/cache";
import { AppError, type ConflictDetails, type ForeignChange } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { entityTables, type EntityRef, type Snapshot } from "./entities";
import { diffSnapshots, type FieldChange } from "./diff";

export type Tx = Prisma.TransactionClient;

const asJson = (value: unknown) => value as Prisma.InputJsonValue;

class StaleVersion extends Error {}

/** Who makes a change: a signed-in user, or the operator at the command line (no user id). */
export type Actor = Pick<SessionUser, "email"> & { id: number | null };

async function record(
  tx: Tx,
  user: Actor,
  entity: EntityRef,
  kind: RevisionKind,
  version: number,
  changes: FieldChange[],
  before: Snapshot | null,
  after: Snapshot,
) {
  await tx.revision.create({
    data: {
      entityType: entity.type,
      entityId: entity.id,
      municipalityId: entity.municipalityId,
      version,
      kind,
      userId: user.id,
      changes: asJson(changes),
      snapshot: asJson(after),
    },
  });
  await audit(
    {
      userId: user.id,
      actor: user.email,
      action: kind.toLowerCase(),
      entityType: entity.type,
      entityId: entity.id,
      municipalityId: entity.municipalityId,
      before,
      after,
    },
    tx,
  );
}

/** "Someone else saved while you were editing": what they changed, who and when, and the version to save over. */
async function conflictSince(entity: EntityRef, version: number): Promise<AppError> {
  const current = await currentVersion(entity);
  const revisions = await db.revision.findMany({
    where: { entityType: entity.type, entityId: entity.id, version: { gt: version } },
    orderBy: { version: "asc" },
    select: { changes: true, createdAt: true, user: { select: { name: true } } },
  });
  const changes: ForeignChange[] = revisions.flatMap((r) =>
    (r.changes as FieldChange[]).map((c) => ({ ...c, by: r.user?.name ?? null, at: r.createdAt.toISOString() })),
  );
  return new AppError("CONFLICT", `${entity.type} ${entity.id}: version ${version} is stale`, "errors.conflict", {
    conflict: { currentVersion: current ?? version, changes },
  });
}

async function currentVersion(entity: EntityRef): Promise<number | undefined> {
  const [row] = await db.$queryRawUnsafe<{ version: number }[]>(`SELECT "version" FROM "${entityTables[entity.type]}" WHERE "id" = $1`, entity.id);
  return row?.version;
}

/** Claims the version the user edited: false when someone else saved in between. */
async function claim(tx: Tx, entity: EntityRef, version: number): Promise<boolean> {
  const claimed = await tx.$executeRawUnsafe(
    `UPDATE "${entityTables[entity.type]}" SET "version" = "version" + 1 WHERE "id" = $1 AND "version" = $2`,
    entity.id,
    version,
  );
  return claimed > 0;
}

export type Change = {
  entity: EntityRef;
  kind: RevisionKind;
  /** The version the user's form was loaded with. */
  version: number;
  before: Snapshot;
  after: Snapshot;
  /** The write itself, in the same transaction as the version check and the revision. */
  write: (tx: Tx) => Promise<void>;
  /** Cache tags of every public page that shows the record (lib/cache-tags.ts). */
  tags: string[];
};

/**
 * The one way a change is saved, after its command has validated the input and checked permission:
 * claims the version the user edited (optimistic concurrency: a stale version is a conflict that
 * names what the other person changed), writes, records the revision and the audit entry, all in one
 * transaction, then expires the affected public pages. Saving nothing new writes nothing.
 * Returns the record's new version.
 */
export async function saveChange(user: Actor, change: Change): Promise<number> {
  const { entity, version } = change;
  const changes = diffSnapshots(change.before, change.after);
  if (changes.length === 0 && change.kind === "UPDATE") {
    if ((await currentVersion(entity)) !== version) throw await conflictSince(entity, version);
    return version;
  }
  try {
    await db.$transaction(async (tx) => {
      if (!(await claim(tx, entity, version))) throw new StaleVersion();
      await change.write(tx);
      await record(tx, user, entity, change.kind, version + 1, changes, change.before, change.after);
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw await conflictSince(entity, version);
    throw error;
  }
  await expireTags(change.tags);
  return version + 1;
}

export type Creation = {
  type: EntityRef["type"];
  /** Unset when the record created is a municipality itself: its own id. */
  municipalityId?: number;
  after: Snapshot;
  /** Inserts the record and returns its id. */
  create: (tx: Tx) => Promise<number>;
  tags: string[];
};

/** A new record through the same path: inserted, its first revision and audit entry in one transaction. */
export async function createWithRevision(user: Actor, creation: Creation): Promise<number> {
  const id = await db.$transaction(async (tx) => {
    const created = await creation.create(tx);
    const entity = { type: creation.type, id: created, municipalityId: creation.municipalityId ?? created };
    await record(tx, user, entity, "CREATE", 1, diffSnapshots(null, creation.after), null, creation.after);
    return created;
  });
  await expireTags(creation.tags);
  return id;
}

/** A batch's conflict: per key, what others saved since the version that row was loaded with. */
export async function batchConflict(stale: { key: string; entity: EntityRef; version: number }[]): Promise<AppError> {
  const conflicts: Record<string, ConflictDetails> = {};
  for (const item of stale) conflicts[item.key] = (await conflictSince(item.entity, item.version)).details.conflict!;
  return new AppError("CONFLICT", `stale versions: ${Object.keys(conflicts).join(", ")}`, "errors.conflict", { conflicts });
}

/** One row of a batch: a change or a creation, with the key its caller reports it under (a table row). */
export type BatchItem = { key: string } & (Change | Creation);

/**
 * Many changes and creations in one transaction (a bulk table, an import): each change claims its own
 * version and gets its own revision and audit entry, exactly as `saveChange` would. All are saved or
 * none: a stale version anywhere is a conflict naming, per key, what the other person changed.
 * Unchanged updates write nothing. Returns each saved key's new version (or, for a creation, its id).
 */
export async function saveBatch(actor: Actor, items: BatchItem[]): Promise<Map<string, number>> {
  const saved = await db.$transaction((tx) => saveBatchIn(tx, actor, items), { timeout: 60_000 });
  await expireTags(items.flatMap((item) => item.tags));
  return saved;
}

/**
 * `saveBatch` inside the caller's transaction, for a write that must be all or nothing with more than
 * the batch (the content import); the caller expires the tags once its transaction has committed.
 */
export async function saveBatchIn(tx: Tx, actor: Actor, items: BatchItem[]): Promise<Map<string, number>> {
  const saved = new Map<string, number>();
  const stale: (BatchItem & Change)[] = [];
  for (const item of items) {
    if ("create" in item) {
      const id = await item.create(tx);
      const entity = { type: item.type, id, municipalityId: item.municipalityId ?? id };
      await record(tx, actor, entity, "CREATE", 1, diffSnapshots(null, item.after), null, item.after);
      saved.set(item.key, id);
      continue;
    }
    const changes = diffSnapshots(item.before, item.after);
    if (changes.length === 0 && item.kind === "UPDATE") continue;
    if (!(await claim(tx, item.entity, item.version))) {
      stale.push(item);
      continue;
    }
    await item.write(tx);
    await record(tx, actor, item.entity, item.kind, item.version + 1, changes, item.before, item.after);
    saved.set(item.key, item.version + 1);
  }
  if (stale.length > 0) throw await batchConflict(stale);
  return saved;
}
