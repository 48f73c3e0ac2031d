import { AppError, invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { entityTables } from "@/lib/revisions/entities";
import { recordKinds } from "../kinds";
import { saveChange } from "@/lib/revisions/save";
import { setStatusSchema } from "@/lib/records/schema";

const revisionKind = { PUBLISHED: "PUBLISH", ARCHIVED: "ARCHIVE", DRAFT: "UPDATE", REPLACED: "UPDATE" } as const;

/** Publishes, unpublishes (back to draft), archives (hidden from the public, never deleted) or marks a document replaced. */
export const setStatus = defineCommand({
  schema: setStatusSchema,
  load: async (data) => {
    const kind = recordKinds[data.type];
    if (!kind || kind.statusless) throw new AppError("INVALID", `no status for ${data.type}`, "errors.invalid");
    if (data.status === "REPLACED" && data.type !== "document") throw invalid({ status: ["admin.validation.onlyDocumentsReplaced"] });
    const current = await kind.load(data.id);
    if (!current) throw notFound(`${data.type} ${data.id}`);
    return current;
  },
  authorize: (user, current) => assertCan(user, "publish", { municipalityId: current.entity.municipalityId, areaId: current.areaId }),
  write: async ({ user, loaded: current, data }): Promise<number> =>
    saveChange(user, {
      entity: current.entity,
      kind: revisionKind[data.status],
      version: data.version,
      before: { ...current.snapshot, status: current.status },
      after: { ...current.snapshot, status: data.status },
      tags: current.tags,
      write: async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "${entityTables[data.type]}" SET "status" = $2::"PublicationStatus" WHERE "id" = $1`, data.id, data.status);
      },
    }),
});
