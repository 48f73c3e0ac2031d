import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { actionSlug } from "@/lib/content/slugs";
import { goalsInMunicipality, initialStatus, organisationsInMunicipality, writeFrameworkLinks, sortedIds } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { ActionFields } from "./schema";
import { translationSnapshot, translationsColumn } from "@/lib/translations/schema";

/** The area an action is placed in, looked up within its document (null: not there, refused as invalid). */
export const targetArea = (areaId: number, documentId: number) => db.area.findFirst({ where: { id: areaId, documentId }, select: { id: true, number: true } });

/**
 * What create and update share, once the command has authorized the user for the target area: linked
 * goals and bodies must belong to the municipality, number and address must be free.
 * Returns the snapshot to record and the write of the action's fields and links.
 */
export async function prepareAction(
  scope: { municipalityId: number; documentId: number; area: { id: number; number: string | null } | null; actionId?: number; currentSlug?: string },
  data: ActionFields,
) {
  const { area } = scope;
  if (!area) throw invalid({ areaId: ["admin.validation.areaNotInDocument"] });

  const goals = await goalsInMunicipality(scope.municipalityId, data.goalIds);
  await organisationsInMunicipality(scope.municipalityId, data.responsibleIds, "responsibleIds");
  await organisationsInMunicipality(scope.municipalityId, data.partnerIds, "partnerIds");

  const slug = data.slug ?? scope.currentSlug ?? actionSlug({ number: data.number, title: data.title }, area.number ?? undefined);
  const others = { id: scope.actionId ? { not: scope.actionId } : undefined };
  if (await db.action.findFirst({ where: { ...others, areaId: area.id, number: data.number }, select: { id: true } })) {
    throw invalid({ number: ["admin.validation.numberTaken"] });
  }
  if (await db.action.findFirst({ where: { ...others, documentId: scope.documentId, slug }, select: { id: true } })) {
    throw invalid({ slug: ["admin.validation.slugTaken"] });
  }

  const snapshot = {
    number: data.number,
    title: data.title,
    text: data.text || null,
    slug,
    areaId: area.id,
    goalIds: sortedIds(data.goalIds),
    responsibleIds: sortedIds(data.responsibleIds),
    partnerIds: sortedIds(data.partnerIds),
    agenda2030: sortedIds(data.agenda2030),
    publicHealth: sortedIds(data.publicHealth),
    ...translationSnapshot(data.translations),
  };

  async function writeLinks(tx: Tx, actionId: number) {
    await tx.actionGoal.deleteMany({ where: { actionId } });
    await tx.actionGoal.createMany({ data: snapshot.goalIds.map((goalId) => ({ actionId, goalId })) });
    await tx.actionOrganisation.deleteMany({ where: { actionId } });
    await tx.actionOrganisation.createMany({
      data: [
        ...snapshot.responsibleIds.map((organisationId) => ({ actionId, organisationId, role: "RESPONSIBLE" as const })),
        ...snapshot.partnerIds.map((organisationId) => ({ actionId, organisationId, role: "PARTNER" as const })),
      ],
    });
    await writeFrameworkLinks(tx, { kind: "action", id: actionId }, snapshot);
  }

  const fields = {
    number: snapshot.number,
    title: snapshot.title,
    text: snapshot.text,
    slug,
    areaId: area.id,
    translations: translationsColumn(data.translations),
  };
  return { snapshot, fields, goals, writeLinks };
}

/** A new action at the end of its area (the create command's and the Word import's insert). */
export async function insertAction(
  tx: Tx,
  place: { documentId: number; documentStatus: string },
  prepared: Awaited<ReturnType<typeof prepareAction>>,
): Promise<number> {
  const position = await tx.action.count({ where: { areaId: prepared.fields.areaId } });
  const { id } = await tx.action.create({
    data: { ...prepared.fields, documentId: place.documentId, position, status: initialStatus(place.documentStatus) },
    select: { id: true },
  });
  await prepared.writeLinks(tx, id);
  return id;
}
