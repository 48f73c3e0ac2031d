import { db } from "@/lib/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { isEntityType } from "../entities";
import { recordKinds } from "../kinds";
import { restoreRevisionSchema } from "../schema";

/**
 * Brings back a record's fields as they were after an earlier revision. The restore goes through the
 * kind's own update command (same validation, permission and conflict check) and is itself a new revision.
 */
export async function restoreRevision(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(restoreRevisionSchema, input);
  const revision = await db.revision.findUnique({ where: { id: data.revisionId } });
  if (!revision) throw notFound(`revision ${data.revisionId}`);
  assertCan(user, "view", { municipalityId: revision.municipalityId });
  const kind = isEntityType(revision.entityType) ? recordKinds[revision.entityType] : undefined;
  if (!kind) throw new AppError("INVALID", `cannot restore ${revision.entityType}`, sv.errors.invalid);
  // Status and place in a list are changed by their own commands, not brought back by a restore.
  const { status: _status, place: _place, ...fields } = revision.snapshot as Record<string, unknown>;
  return kind.update(user, { ...fields, id: revision.entityId, version: data.version }, "RESTORE");
}
