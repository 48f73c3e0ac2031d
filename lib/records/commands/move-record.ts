import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand } from "@/lib/commands/define";
import { entityTables, type EntityType } from "@/lib/revisions/entities";
import { recordKinds } from "../kinds";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import { saveBatch, type Change } from "@/lib/revisions/save";
import { moveRecordSchema } from "@/lib/records/schema";

/** Kinds kept in an order the coordinators choose, and the column their list lies within. Names are constants, never input. */
const orderedWithin: Partial<Record<EntityType, string>> = {
  document: "municipalityId",
  section: "documentId",
  area: "documentId",
  goal: "areaId",
  action: "areaId",
  network: "municipalityId",
  goodExample: "municipalityId",
  knowledgePage: "municipalityId",
  dialogue: "municipalityId",
  group: "municipalityId",
  processMap: "municipalityId",
};

export const isOrdered = (type: EntityType) => type in orderedWithin;

/**
 * Moves a record one place up or down its list by swapping places with its neighbour: a batch of two
 * versioned writes in one transaction, each with a revision recording its place (counted from 1). The first
 * cannot move up nor the last down; asking changes nothing. A stale page is a conflict; nothing moves.
 */
export const moveRecord = defineCommand({
  schema: moveRecordSchema,
  load: async (data) => {
    const kind = recordKinds[data.type];
    const scope = orderedWithin[data.type];
    if (!kind || !scope) throw new AppError("INVALID", `cannot move ${data.type}`, "errors.invalid");
    const current = await kind.load(data.id);
    if (!current) throw notFound(`${data.type} ${data.id}`);
    return { kind, scope, current };
  },
  authorize: (user: SessionUser | null, { current }) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId }),
  write: async ({ user, loaded: { kind, scope, current }, data }): Promise<number> => {
    const table = entityTables[data.type];
    const list = await db.$queryRawUnsafe<{ id: number; position: number }[]>(
      `SELECT "id", "position" FROM "${table}" WHERE "${scope}" = (SELECT "${scope}" FROM "${table}" WHERE "id" = $1) ORDER BY "position", "id"`,
      data.id,
    );
    const from = list.findIndex((row) => row.id === data.id);
    const to = from + (data.direction === "up" ? -1 : 1);
    const neighbourRow = list[to];
    const neighbour = neighbourRow && (await kind.load(neighbourRow.id));
    if (!neighbourRow || !neighbour) return data.version;

    const swap = `UPDATE "${table}" SET "position" = $2 WHERE "id" = $1`;
    const placed = (record: LoadedRecord, version: number, before: number, after: number, write: Change["write"]): Change => ({
      entity: record.entity,
      kind: "UPDATE",
      version,
      before: { ...record.snapshot, place: before + 1 },
      after: { ...record.snapshot, place: after + 1 },
      tags: record.tags,
      write,
    });
    const saved = await saveBatch(user, [
      // The first write swaps both, through a free place, since some kinds keep places unique.
      {
        key: "moved",
        ...placed(current, data.version, from, to, async (tx) => {
          await tx.$executeRawUnsafe(swap, neighbourRow.id, -1 - neighbourRow.position);
          await tx.$executeRawUnsafe(swap, data.id, neighbourRow.position);
          await tx.$executeRawUnsafe(swap, neighbourRow.id, list[from]!.position);
        }),
      },
      { key: "neighbour", ...placed(neighbour, neighbour.version, to, from, async () => undefined) },
    ]);
    return saved.get("moved")!;
  },
});
