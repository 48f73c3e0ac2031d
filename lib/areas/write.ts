import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { areaSlug } from "@/lib/content/slugs";
import { writeFrameworkLinks, sortedIds } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { AreaFields } from "./schema";

/** What create and update share: number and address must be free in the document. */
export async function prepareArea(scope: { documentId: number; areaId?: number; currentSlug?: string }, data: AreaFields) {
  const slug = data.slug ?? scope.currentSlug ?? areaSlug({ number: data.number, title: data.title });
  const others = { id: scope.areaId ? { not: scope.areaId } : undefined, documentId: scope.documentId };
  if (data.number && (await db.area.findFirst({ where: { ...others, number: data.number }, select: { id: true } }))) {
    throw invalid({ number: [sv.admin.validation.numberTaken] });
  }
  if (await db.area.findFirst({ where: { ...others, slug }, select: { id: true } })) throw invalid({ slug: [sv.admin.validation.slugTaken] });

  const snapshot = {
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
  const { agenda2030: _a, publicHealth: _p, ...fields } = snapshot;
  const writeLinks = (tx: Tx, areaId: number) => writeFrameworkLinks(tx, { kind: "area", id: areaId }, snapshot);
  return { snapshot, fields, writeLinks };
}
