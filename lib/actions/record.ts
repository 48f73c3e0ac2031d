import { db, type Db } from "@/lib/db/client";
import type { Tx } from "@/lib/revisions/save";
import { sortedIds } from "@/lib/plan/links";
import { planItemRecord, planItemSelect } from "@/lib/plan/record";
import { goalPageTags, planItemTags } from "@/lib/plan/tags";
import { storedTranslations, translationSnapshot } from "@/lib/translations/schema";

/** Every public page that shows an action: its document's pages, the goal pages it serves (in any document), Agenda 2030. */
export const actionTags = (m: string, d: string, goals: { slug: string; document: { slug: string } }[]) => planItemTags(m, d, goalPageTags(m, goals));

export async function loadAction(id: number, client: Db | Tx = db) {
  const row = await client.action.findUnique({
    where: { id },
    select: {
      ...planItemSelect,
      number: true,
      title: true,
      text: true,
      slug: true,
      areaId: true,
      translations: true,
      goals: { select: { goalId: true, goal: { select: { slug: true, document: { select: { slug: true } } } } } },
      organisations: { select: { organisationId: true, role: true } },
    },
  });
  if (!row) return null;
  const byRole = (role: string) => sortedIds(row.organisations.filter((o) => o.role === role).map((o) => o.organisationId));
  return planItemRecord("action", row, {
    areaId: row.areaId,
    fields: {
      number: row.number,
      title: row.title,
      text: row.text,
      slug: row.slug,
      areaId: row.areaId,
      goalIds: sortedIds(row.goals.map((g) => g.goalId)),
      responsibleIds: byRole("RESPONSIBLE"),
      partnerIds: byRole("PARTNER"),
      ...translationSnapshot(storedTranslations(row.translations)),
    },
    linkedPages: (m) =>
      goalPageTags(
        m,
        row.goals.map((g) => g.goal),
      ),
  });
}
