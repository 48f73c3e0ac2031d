import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { goalSlug } from "@/lib/content/slugs";
import { initialStatus, writeFrameworkLinks, sortedIds } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { GoalFields } from "./schema";
import { translationSnapshot, translationsColumn } from "@/lib/translations/schema";

/**
 * What create and update share, once the command has authorized the user for the area (looked up in the
 * document: null is refused as invalid): code and address must be free in the document.
 */
export async function prepareGoal(scope: { documentId: number; area: { id: number } | null; goalId?: number; currentSlug?: string }, data: GoalFields) {
  const { area } = scope;
  if (!area) throw invalid({ areaId: ["admin.validation.areaNotInDocument"] });

  const slug = data.slug ?? scope.currentSlug ?? goalSlug({ code: data.code, title: data.title });
  const others = { id: scope.goalId ? { not: scope.goalId } : undefined, documentId: scope.documentId };
  if (await db.goal.findFirst({ where: { ...others, code: data.code }, select: { id: true } })) throw invalid({ code: ["admin.validation.numberTaken"] });
  if (await db.goal.findFirst({ where: { ...others, slug }, select: { id: true } })) throw invalid({ slug: ["admin.validation.slugTaken"] });

  const snapshot = {
    code: data.code,
    title: data.title,
    text: data.text || null,
    slug,
    areaId: area.id,
    agenda2030: sortedIds(data.agenda2030),
    publicHealth: sortedIds(data.publicHealth),
    ...translationSnapshot(data.translations),
  };
  const fields = {
    code: snapshot.code,
    title: snapshot.title,
    text: snapshot.text,
    slug,
    areaId: area.id,
    translations: translationsColumn(data.translations),
  };
  const writeLinks = (tx: Tx, goalId: number) => writeFrameworkLinks(tx, { kind: "goal", id: goalId }, snapshot);
  return { snapshot, fields, writeLinks };
}

/** A new goal at the end of its area (the create command's and the Word import's insert). */
export async function insertGoal(
  tx: Tx,
  place: { documentId: number; documentStatus: string },
  prepared: Awaited<ReturnType<typeof prepareGoal>>,
): Promise<number> {
  const position = await tx.goal.count({ where: { areaId: prepared.fields.areaId } });
  const { id } = await tx.goal.create({
    data: { ...prepared.fields, documentId: place.documentId, position, status: initialStatus(place.documentStatus) },
    select: { id: true },
  });
  await prepared.writeLinks(tx, id);
  return id;
}
