import { db, type Db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/generated/prisma/client";
import { cacheTags } from "@/lib/cache-tags";
import type { Snapshot } from "@/lib/revisions/entities";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import type { Tx } from "@/lib/revisions/save";
import { compact, editableSlug, type ItemKind, type ItemModel, type Row } from "./kind";

/** The part of a Prisma model delegate the item commands use; every item model's delegate has it. */
type Delegate = {
  findUnique(args: { where: { id: number }; select: Row }): Promise<Row | null>;
  findMany(args: { where: Row; orderBy: Row[]; select: Row }): Promise<Row[]>;
  count(args: { where: Row }): Promise<number>;
  create(args: { data: Row; select: { id: true } }): Promise<{ id: number }>;
  update(args: { where: { id: number }; data: Row }): Promise<unknown>;
};

// Model names come from the kinds' descriptions, never from input.
export const items = (client: Db | Tx, model: ItemModel) => (client as unknown as Record<ItemModel, Delegate>)[model];

export type LoadedItem = LoadedRecord & { municipalitySlug: string; position: number | null };

/** Database enum ↔ the content file's code. */
export const fromEnum = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);
export const toEnum = (value: unknown) => (typeof value === "string" ? value.toUpperCase() : value);

export const listOrder = (kind: ItemKind): Row[] => (kind.positioned ? [{ position: "asc" }, { id: "asc" }] : [kind.orderBy ?? { id: "asc" }, { id: "asc" }]);

function select(kind: ItemKind): Row {
  return {
    id: true,
    version: true,
    municipalityId: true,
    municipality: { select: { slug: true } },
    ...(kind.hasStatus ? { status: true } : {}),
    ...(kind.positioned ? { position: true } : {}),
    ...(kind.slug ? { slug: true } : {}),
    ...Object.fromEntries(kind.columns.map((c) => [c, true])),
    ...kind.nested?.select,
  };
}

/** The item's editable fields as stored: its columns (null when empty), its address and its nested list. */
function storedSnapshot(kind: ItemKind, row: Row): Snapshot {
  return {
    ...Object.fromEntries(kind.columns.map((c) => [c, kind.enumColumns?.includes(c) ? fromEnum(row[c]) : row[c]])),
    ...(editableSlug(kind) ? { slug: row.slug } : {}),
    ...(kind.nested ? (compact(kind.nested.read(row)) as Snapshot) : {}),
  };
}

function loaded(kind: ItemKind, row: Row): LoadedItem {
  const m = (row.municipality as { slug: string }).slug;
  return {
    entity: { type: kind.type, id: row.id as number, municipalityId: row.municipalityId as number },
    areaId: null,
    version: row.version as number,
    status: (row.status as PublicationStatus | undefined) ?? "PUBLISHED",
    snapshot: storedSnapshot(kind, row),
    // Every page of a municipality carries its tag, also the document pages that name its organisations.
    tags: [cacheTags.municipality(m)],
    municipalitySlug: m,
    position: (row.position as number | undefined) ?? null,
  };
}

export async function loadItem(kind: ItemKind, id: number, client: Db | Tx = db): Promise<LoadedItem | null> {
  const row = await items(client, kind.model).findUnique({ where: { id }, select: select(kind) });
  return row ? loaded(kind, row) : null;
}

/** A municipality's items of one kind in every status, in their public order: what the admin list shows. */
export async function listItems(kind: ItemKind, municipalityId: number): Promise<LoadedItem[]> {
  const rows = await items(db, kind.model).findMany({ where: { municipalityId }, orderBy: listOrder(kind), select: select(kind) });
  return rows.map((row) => loaded(kind, row));
}
