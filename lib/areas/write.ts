import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { areaSlug } from "@/lib/content/slugs";
import { initialStatus, writeFrameworkLinks, sortedIds } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { AreaFields } from "./schema";
import { translationSnapshot, translationsColumn } from "@/lib/translations/schema";

/** What create and update share: number and address must be free in the document. */
export async function prepareArea(scope: { documentId: number; areaId?: number; currentSlug?: string }, data: AreaFields) {
  const slug = data.slug ?? scope.currentSlug ?? areaSlug({ number: data.number, title: data.title });
  const others = { id: scope.areaId ? { not: scope.areaId } : undefined, documentId: scope.documentId };
  if (data.number && (await db.area.findFirst({ where: { ...others, number: data.number }, select: { id: true } }))) {
    throw invalid({ number: ["admin.validation.numberTaken"] });
  }
  if (await db.area.findFirst({ where: { ...others, slug }, select: { id: true } })) throw invalid({ slug: ["admin.validation.slugTaken"] });

  const columns = {
    number: data.number ?? null,
    title: data.title,
    subtitle: data.subtitle || null,
    description: data.description || null,
    direction: data.direction || null,
    focus: data.focus,
    slug,
    agenda2030: sortedIds(data.agenda2030),
    publicHealth: sortedIds(data.publicHealth),
  };
  const snapshot = { ...columns, ...translationSnapshot(data.translations) };
  const { agenda2030: _a, publicHealth: _p, ...own } = columns;
  const fields = { ...own, translations: translationsColumn(data.translations) };
  const writeLinks = (tx: Tx, areaId: number) => writeFrameworkLinks(tx, { kind: "area", id: areaId }, snapshot);
  return { snapshot, fields, writeLinks };
}

/** A new area at the end of its document (the create command's and the Word import's insert). */
export async function insertArea(
  tx: Tx,
  place: { documentId: number; documentStatus: string },
  prepared: Awaited<ReturnType<typeof prepareArea>>,
): Promise<number> {
  const position = await tx.area.count({ where: { documentId: place.documentId } });
  const { id } = await tx.area.create({
    data: { ...prepared.fields, documentId: place.documentId, position, status: initialStatus(place.documentStatus) },
    select: { id: true },
  });
  await prepared.writeLinks(tx, id);
  return id;
}
