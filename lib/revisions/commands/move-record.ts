import { db } from "@/lib/db/client";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { entityTables, type EntityType } from "../entities";
import { recordKinds } from "../kinds";
import { saveChange } from "../save";
import { moveRecordSchema } from "../schema";

/** Ordered kinds and the column their order is kept within. Names are constants, never input. */
const orderedWithin: Partial<Record<EntityType, string>> = {
  document: "municipalityId",
  section: "documentId",
  area: "documentId",
  goal: "areaId",
  action: "areaId",
};

/**
 * Moves a record one step up or down among its siblings by swapping places with its neighbour.
 * A versioned change of the moved record like any other (conflict, revision, audit, expiry).
 */
export async function moveRecord(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(moveRecordSchema, input);
  const kind = recordKinds[data.type];
  const scope = orderedWithin[data.type];
  if (!kind || !scope) throw new AppError("INVALID", `cannot move ${data.type}`, sv.errors.invalid);
  const current = await kind.load(data.id);
  if (!current) throw notFound(`${data.type} ${data.id}`);
  assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId });

  const table = entityTables[data.type];
  const [self] = await db.$queryRawUnsafe<{ position: number; scope: number }[]>(`SELECT "position", "${scope}" AS scope FROM "${table}" WHERE "id" = $1`, data.id);
  const [neighbour] = await db.$queryRawUnsafe<{ id: number; position: number }[]>(
    data.direction === "up"
      ? `SELECT "id", "position" FROM "${table}" WHERE "${scope}" = $1 AND "position" < $2 ORDER BY "position" DESC LIMIT 1`
      : `SELECT "id", "position" FROM "${table}" WHERE "${scope}" = $1 AND "position" > $2 ORDER BY "position" ASC LIMIT 1`,
    self!.scope,
    self!.position,
  );
  if (!neighbour) return current.version;

  return saveChange(user, {
    entity: current.entity,
    kind: "UPDATE",
    version: data.version,
    before: { ...current.snapshot, position: self!.position },
    after: { ...current.snapshot, position: neighbour.position },
    tags: current.tags,
    write: async (tx) => {
      // Through a free position, since some kinds keep positions unique.
      const swap = `UPDATE "${table}" SET "position" = $2 WHERE "id" = $1`;
      await tx.$executeRawUnsafe(swap, neighbour.id, -1 - neighbour.position);
      await tx.$executeRawUnsafe(swap, data.id, neighbour.position);
      await tx.$executeRawUnsafe(swap, neighbour.id, self!.position);
    },
  });
}
