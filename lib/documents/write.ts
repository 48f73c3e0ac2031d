import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { sortedIds } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { DocumentMetadata } from "./schema";
import { translationSnapshot, translationsColumn } from "@/lib/translations/schema";

const toDate = (value?: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** What create and update share: the address is free, related documents are this municipality's and not the document itself. */
export async function prepareDocument(scope: { municipalityId: number; documentId?: number; currentSlug?: string }, data: DocumentMetadata) {
  const slug = data.slug ?? scope.currentSlug ?? slugify(data.title);
  const others = { id: scope.documentId ? { not: scope.documentId } : undefined, municipalityId: scope.municipalityId };
  if (await db.document.findFirst({ where: { ...others, slug }, select: { id: true } })) throw invalid({ slug: ["admin.validation.slugTaken"] });
  for (const [field, ids] of [
    ["concretisesId", data.concretisesId ? [data.concretisesId] : []],
    ["replacesIds", data.replacesIds],
  ] as const) {
    if (scope.documentId && ids.includes(scope.documentId)) throw invalid({ [field]: ["admin.validation.documentNotItself"] });
    const found = await db.document.count({ where: { id: { in: [...ids] }, municipalityId: scope.municipalityId } });
    if (found !== new Set(ids).size) throw invalid({ [field]: ["admin.validation.relatedDocumentNotInMunicipality"] });
  }

  const record = {
    kind: data.kind,
    title: data.title,
    subtitle: data.subtitle || null,
    summary: data.summary,
    registrationNumber: data.registrationNumber || null,
    adoptedBy: data.adoptedBy || null,
    adoptedOn: data.adoptedOn ?? null,
    validUntil: data.validUntil ?? null,
    reviewBy: data.reviewBy ?? null,
    responsible: data.responsible || null,
    owner: data.owner || null,
    periodStart: data.periodStart ?? null,
    periodEnd: data.periodEnd ?? null,
    slug,
    concretisesId: data.concretisesId ?? null,
    replacesIds: sortedIds(data.replacesIds),
    areaLabel: data.areaLabel,
    areaLabelPlural: data.areaLabelPlural,
    goalLabel: data.goalLabel,
    goalLabelPlural: data.goalLabelPlural,
    actionLabel: data.actionLabel,
    actionLabelPlural: data.actionLabelPlural,
  };
  const snapshot = { ...record, ...translationSnapshot(data.translations) };
  const { replacesIds: _r, ...columns } = record;
  const fields = {
    ...columns,
    translations: translationsColumn(data.translations),
    kind: data.kind.toUpperCase() as Uppercase<typeof data.kind>,
    adoptedOn: toDate(data.adoptedOn),
    validUntil: toDate(data.validUntil),
    reviewBy: toDate(data.reviewBy),
  };
  async function writeRelations(tx: Tx, documentId: number) {
    await tx.documentReplacement.deleteMany({ where: { replacingId: documentId } });
    await tx.documentReplacement.createMany({ data: snapshot.replacesIds.map((replacedId) => ({ replacingId: documentId, replacedId })) });
  }
  return { snapshot, fields, writeRelations };
}

/** A new document as a draft at the end of its municipality's list (the create command's and the Word import's insert). */
export async function insertDocument(tx: Tx, municipalityId: number, prepared: Awaited<ReturnType<typeof prepareDocument>>): Promise<number> {
  const position = await tx.document.count({ where: { municipalityId } });
  const { id } = await tx.document.create({ data: { ...prepared.fields, municipalityId, position, status: "DRAFT" }, select: { id: true } });
  await prepared.writeRelations(tx, id);
  return id;
}
