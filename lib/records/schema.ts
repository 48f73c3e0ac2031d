import { z } from "@/lib/validation";
import { existing, recordId, recordVersion } from "@/lib/plan/schema";
import { entityTables, type EntityType } from "@/lib/revisions/entities";

const entityType = z.enum(Object.keys(entityTables) as [EntityType, ...EntityType[]], { error: "Okänd sorts post" });

export const setStatusSchema = z.object({
  type: entityType,
  ...existing,
  status: z.enum(["PUBLISHED", "DRAFT", "ARCHIVED", "REPLACED"], { error: "Okänd status" }),
});

export const restoreRevisionSchema = z.object({ revisionId: recordId, version: recordVersion });

export const moveRecordSchema = z.object({ type: entityType, ...existing, direction: z.enum(["up", "down"], { error: "Ange upp eller ned" }) });
