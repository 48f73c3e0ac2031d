import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { goalSlug } from "@/lib/content/slugs";
import { writeFrameworkLinks, sortedIds } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { GoalFields } from "./schema";


/** What create and update share: the area must be in the document and editable; code and address must be free in the document. */
export async function prepareGoal(user: SessionUser, scope: { municipalityId: number; documentId: number; goalId?: number; currentSlug?: string }, data: GoalFields) {
  const area = await db.area.findFirst({ where: { id: data.areaId, documentId: scope.documentId }, select: { id: true } });
  if (!area) throw invalid({ areaId: [sv.admin.validation.areaNotInDocument] });
  assertCan(user, "edit", { municipalityId: scope.municipalityId, areaId: area.id });

  const slug = data.slug ?? scope.currentSlug ?? goalSlug({ code: data.code, title: data.title });
  const others = { id: scope.goalId ? { not: scope.goalId } : undefined, documentId: scope.documentId };
  if (await db.goal.findFirst({ where: { ...others, code: data.code }, select: { id: true } })) throw invalid({ code: [sv.admin.validation.numberTaken] });
  if (await db.goal.findFirst({ where: { ...others, slug }, select: { id: true } })) throw invalid({ slug: [sv.admin.validation.slugTaken] });

  const snapshot = {
    code: data.code,
    title: data.title,
    text: data.text || null,
    slug,
    areaId: area.id,
    agenda2030: sortedIds(data.agenda2030),
    publicHealth: sortedIds(data.publicHealth),
  };
  const fields = { code: snapshot.code, title: snapshot.title, text: snapshot.text, slug, areaId: area.id };
  const writeLinks = (tx: Tx, goalId: number) => writeFrameworkLinks(tx, { kind: "goal", id: goalId }, snapshot);
  return { snapshot, fields, writeLinks };
}
