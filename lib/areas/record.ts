import { db, type Db } from "@/lib/db/client";
import type { Tx } from "@/lib/revisions/save";
import { planItemRecord, planItemSelect } from "@/lib/plan/record";
import { goalPageTags } from "@/lib/plan/tags";
import { storedTranslations, translationSnapshot } from "@/lib/translations/schema";

export async function loadArea(id: number, client: Db | Tx = db) {
  const row = await client.area.findUnique({
    where: { id },
    select: {
      ...planItemSelect,
      number: true,
      title: true,
      subtitle: true,
      description: true,
      direction: true,
      focus: true,
      slug: true,
      translations: true,
      // Goal pages elsewhere list this area's actions with the area's number.
      actions: { select: { goals: { select: { goal: { select: { slug: true, document: { select: { slug: true } } } } } } } },
    },
  });
  if (!row) return null;
  return planItemRecord("area", row, {
    areaId: row.id,
    fields: {
      number: row.number,
      title: row.title,
      subtitle: row.subtitle,
      description: row.description,
      direction: row.direction,
      focus: row.focus,
      slug: row.slug,
      ...translationSnapshot(storedTranslations(row.translations)),
    },
    linkedPages: (m) =>
      goalPageTags(
        m,
        row.actions.flatMap((a) => a.goals.map((g) => g.goal)),
      ),
  });
}
