import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { expireTags } from "@/lib/cache";
import { AppError, type ForeignChange } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { audit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { entityTables, type EntityRef, type Snapshot } from "./entities";
import { diffSnapshots, type FieldChange } from "./diff";

export type Tx = Prisma.TransactionClient;

const asJson = (value: unknown) => value as Prisma.InputJsonValue;

class StaleVersion extends Error {
  constructor(readonly entity: EntityRef, readonly version: number) {
    super(`${entity.type} ${entity.id}: stale version ${version}`);
  }
}

async function record(tx: Tx, user: SessionUser, entity: EntityRef, kind: RevisionKind, version: number, changes: FieldChange[], before: Snapshot | null, after: Snapshot) {
  await tx.revision.create({
    data: { entityType: entity.type, entityId: entity.id, municipalityId: entity.municipalityId, version, kind, userId: user.id, changes: asJson(changes), snapshot: asJson(after) },
  });
  await audit(
    { userId: user.id, actor: user.email, action: kind.toLowerCase(), entityType: entity.type, entityId: entity.id, municipalityId: entity.municipalityId, before, after },
    tx,
  );
}

/** "Someone else saved while you were editing": what they changed, who and when, and the version to save over. */
async function conflictSince(entity: EntityRef, version: number): Promise<AppError> {
  const table = entityTables[entity.type];
  const [current] = await db.$queryRawUnsafe<{ version: number }[]>(`SELECT "version" FROM "${table}" WHERE "id" = $1`, entity.id);
  const revisions = await db.revision.findMany({
    where: { entityType: entity.type, entityId: entity.id, version: { gt: version } },
    orderBy: { version: "asc" },
    select: { changes: true, createdAt: true, user: { select: { name: true } } },
  });
  const changes: ForeignChange[] = revisions.flatMap((r) =>
    (r.changes as FieldChange[]).map((c) => ({ ...c, by: r.user?.name ?? sv.admin.someoneElse, at: r.createdAt.toISOString() })),
  );
  return new AppError("CONFLICT", `${entity.type} ${entity.id}: version ${version} is stale`, sv.errors.conflict, {
    conflict: { currentVersion: current?.version ?? version, changes },
  });
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
export async function saveChange(user: SessionUser, change: Change): Promise<number> {
  const { entity, version } = change;
  if (diffSnapshots(change.before, change.after).length === 0 && change.kind === "UPDATE") {
    const [current] = await db.$queryRawUnsafe<{ version: number }[]>(`SELECT "version" FROM "${entityTables[entity.type]}" WHERE "id" = $1`, entity.id);
    if (current?.version !== version) throw await conflictSince(entity, version);
    return version;
  }
  const [saved] = await saveChanges(user, [change]);
  return saved!;
}

/**
 * Several records changed as one (a move swaps two items' places): every version is claimed in the
 * same transaction, so if any of them is stale nothing is written. Returns the new versions, in order.
 */
export async function saveChanges(user: SessionUser, changes: Change[]): Promise<number[]> {
  try {
    await db.$transaction(async (tx) => {
      for (const change of changes) {
        const { entity, version } = change;
        const claimed = await tx.$executeRawUnsafe(
          `UPDATE "${entityTables[entity.type]}" SET "version" = "version" + 1 WHERE "id" = $1 AND "version" = $2`,
          entity.id,
          version,
        );
        if (claimed === 0) throw new StaleVersion(entity, version);
        await change.write(tx);
        await record(tx, user, entity, change.kind, version + 1, diffSnapshots(change.before, change.after), change.before, change.after);
      }
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw await conflictSince(error.entity, error.version);
    throw error;
  }
  expireTags(changes.flatMap((c) => c.tags));
  return changes.map((c) => c.version + 1);
}

export type Creation = {
  type: EntityRef["type"];
  municipalityId: number;
  after: Snapshot;
  /** Inserts the record and returns its id. */
  create: (tx: Tx) => Promise<number>;
  tags: string[];
};

/** A new record through the same path: inserted, its first revision and audit entry in one transaction. */
export async function createWithRevision(user: SessionUser, creation: Creation): Promise<number> {
  const id = await db.$transaction(async (tx) => {
    const created = await creation.create(tx);
    const entity = { type: creation.type, id: created, municipalityId: creation.municipalityId };
    await record(tx, user, entity, "CREATE", 1, diffSnapshots(null, creation.after), null, creation.after);
    return created;
  });
  expireTags(creation.tags);
  return id;
}
