import { z } from "@/lib/validation";
import { existing, recordId, recordVersion } from "@/lib/plan/schema";
import { entityTables, type EntityType } from "@/lib/revisions/entities";

const entityType = z.enum(Object.keys(entityTables) as [EntityType, ...EntityType[]], { error: "admin.validation.unknownEntityType" });

export const setStatusSchema = z.object({
  type: entityType,
  ...existing,
  status: z.enum(["PUBLISHED", "DRAFT", "ARCHIVED", "REPLACED"], { error: "admin.validation.unknownStatus" }),
});

export const restoreRevisionSchema = z.object({ revisionId: recordId, version: recordVersion });

export const moveRecordSchema = z.object({ type: entityType, ...existing, direction: z.enum(["up", "down"], { error: "admin.validation.upOrDown" }) });
