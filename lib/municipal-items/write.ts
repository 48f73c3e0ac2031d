import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { SLUG_PATTERN } from "@/lib/slug";
import type { Snapshot } from "@/lib/revisions/entities";
import type { Tx } from "@/lib/revisions/save";
import { compact, editableSlug, pick, type ItemKind, type Row } from "./kind";
import { items, toEnum, type LoadedItem } from "./record";

/**
 * What create and update share, after the schema: a source document must be the municipality's own,
 * the address and other unique fields must be free in the municipality. Returns the snapshot to record
 * and the columns and nested rows to write.
 */
export async function prepareItem(kind: ItemKind, scope: { municipalityId: number; current?: LoadedItem }, data: Row) {
  const { municipalityId, current } = scope;
  if (data.documentId !== undefined && !(await db.document.count({ where: { id: data.documentId as number, municipalityId } }))) {
    throw invalid({ documentId: ["admin.validation.documentNotInMunicipality"] });
  }

  const others = { municipalityId, ...(current ? { id: { not: current.entity.id } } : {}) };
  const taken = async (column: string, value: unknown) => (await items(db, kind.model).count({ where: { ...others, [column]: value } })) > 0;
  for (const { column, message } of kind.unique ?? []) {
    if (await taken(column, data[column])) throw invalid({ [column]: [message] });
  }
  let slug: string | undefined;
  if (kind.slug) {
    const chosen = editableSlug(kind) ? ((data.slug as string | undefined) ?? (current?.snapshot.slug as string | undefined)) : undefined;
    slug = chosen ?? kind.slug.of(data);
    if (!SLUG_PATTERN.test(slug)) throw invalid({ [kind.slug.field]: ["admin.validation.needsLetters"] });
    if (await taken("slug", slug)) throw invalid({ [kind.slug.field]: [kind.slug.taken] });
  }

  const columns = Object.fromEntries(kind.columns.map((c) => [c, data[c] ?? null]));
  const snapshot: Snapshot = {
    ...columns,
    ...(editableSlug(kind) ? { slug } : {}),
    ...(kind.nested ? (compact(pick(data, kind.nested.keys)) as Snapshot) : {}),
  };
  const stored = Object.fromEntries(Object.entries(columns).map(([c, value]) => [c, kind.enumColumns?.includes(c) ? toEnum(value) : value]));
  return {
    snapshot,
    columns: { ...stored, ...(slug ? { slug } : {}) },
    writeNested: async (tx: Tx, id: number) => kind.nested?.write(tx, id, data),
  };
}
