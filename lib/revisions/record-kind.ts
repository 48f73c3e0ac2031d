import type { PublicationStatus, RevisionKind } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { Db } from "@/lib/db/client";
import type { Tx } from "./save";
import type { EntityRef, Snapshot } from "./entities";

/** A record as loaded for a write: enough to check permission, detect conflicts, diff and expire pages. */
export type LoadedRecord = {
  entity: EntityRef;
  /** The area the record lies in, for editors limited to some areas (null: not inside an area). */
  areaId: number | null;
  version: number;
  status: PublicationStatus;
  snapshot: Snapshot;
  /** Cache tags of every public page that shows the record now. */
  tags: string[];
};

/** What the generic commands (publish, archive, restore) need to know of each editable kind. */
export type RecordKind = {
  /** Reads through `client` when given one (inside a transaction: what it has written so far). */
  load(id: number, client?: Db | Tx): Promise<LoadedRecord | null>;
  /** The kind's own update command; a restore calls it with an old snapshot. */
  update(user: SessionUser, input: unknown, kind?: Extract<RevisionKind, "UPDATE" | "RESTORE">): Promise<number>;
  /** Kinds that are always public (the municipality, organisations) cannot be published or archived. */
  statusless?: true;
};
