import { db } from "@/lib/db/client";
import { invalid, notFound, parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { saveChanges, type Change } from "@/lib/revisions/save";
import type { ItemKind } from "../kind";
import { items, listOrder, loadItem, type LoadedItem } from "../record";
import { moveItemSchema } from "../schema";

/**
 * Moves an item one place up or down its municipality's list by swapping places with its neighbour:
 * two versioned writes in one transaction, each with a revision that records the places (counted
 * from 1). The first item cannot move up, nor the last down; asking changes nothing.
 */
export async function moveItem(kind: ItemKind, user: SessionUser | null, input: unknown): Promise<number> {
  const data = parseInput(moveItemSchema, input);
  const current = await loadItem(kind, data.id);
  if (!current) throw notFound(`${kind.type} ${data.id}`);
  const { municipalityId } = current.entity;
  assertCan(user, "edit", { municipalityId });
  if (current.position === null) throw invalid({ direction: [sv.admin.validation.notOrdered] });

  const list = await items(db, kind.model).findMany({ where: { municipalityId }, orderBy: listOrder(kind), select: { id: true } });
  const from = list.findIndex((row) => row.id === current.entity.id);
  const to = from + (data.direction === "up" ? -1 : 1);
  const neighbour = list[to] && (await loadItem(kind, list[to].id as number));
  if (!neighbour) return data.version;

  const place = (item: LoadedItem, version: number, position: number, before: number, after: number): Change => ({
    entity: item.entity,
    kind: "UPDATE",
    version,
    before: { ...item.snapshot, place: before + 1 },
    after: { ...item.snapshot, place: after + 1 },
    tags: item.tags,
    write: async (tx) => {
      await items(tx, kind.model).update({ where: { id: item.entity.id }, data: { position } });
    },
  });
  const [version] = await saveChanges(user, [
    place(current, data.version, neighbour.position!, from, to),
    place(neighbour, neighbour.version, current.position, to, from),
  ]);
  return version!;
}
