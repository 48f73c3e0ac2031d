import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { isEntityType } from "@/lib/revisions/entities";
import { recordKinds } from "../kinds";
import { restoreRevisionSchema } from "@/lib/records/schema";

/**
 * Brings back a record's fields as they were after an earlier revision. The restore goes through the
 * kind's own update command (same validation, permission and conflict check) and is itself a new revision.
 */
export const restoreRevision = defineCommand({
  schema: restoreRevisionSchema,
  load: (data) => orNotFound(db.revision.findUnique({ where: { id: data.revisionId } }), `revision ${data.revisionId}`),
  // Seeing the revision; the kind's update command then authorizes the change itself.
  authorize: (user, revision) => assertCan(user, "view", { municipalityId: revision.municipalityId }),
  write: async ({ user, loaded: revision, data }): Promise<number> => {
    const kind = isEntityType(revision.entityType) ? recordKinds[revision.entityType] : undefined;
    if (!kind) throw new AppError("INVALID", `cannot restore ${revision.entityType}`, "errors.invalid");
    // Status and place in a list are changed by their own commands, not brought back by a restore.
    const { status: _status, place: _place, ...fields } = revision.snapshot as Record<string, unknown>;
    // The snapshot keeps an empty field as null; a restore sends what the form does, where it is left out.
    const posted = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
    return kind.update(user, { ...posted, id: revision.entityId, version: data.version }, "RESTORE");
  },
});
