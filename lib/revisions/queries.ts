import { db } from "@/lib/db/client";
import type { FieldChange } from "./diff";
import type { EntityType } from "./entities";

const revisionFields = {
  id: true,
  entityType: true,
  entityId: true,
  version: true,
  kind: true,
  createdAt: true,
  changes: true,
  user: { select: { name: true } },
} as const;

const typed = <T extends { changes: unknown }>(rows: T[]) => rows.map((r) => ({ ...r, changes: r.changes as FieldChange[] }));

/** A record's history, newest first. */
export async function listRevisions(municipalityId: number, entityType: EntityType, entityId: number) {
  return typed(await db.revision.findMany({ where: { municipalityId, entityType, entityId }, orderBy: { version: "desc" }, select: revisionFields }));
}

/** The latest changes anywhere in a municipality, for its coordinators' start page. */
export async function recentRevisions(municipalityId: number, take = 10) {
  return typed(await db.revision.findMany({ where: { municipalityId }, orderBy: { createdAt: "desc" }, take, select: revisionFields }));
}
