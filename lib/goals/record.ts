import { db, type Db } from "@/lib/db/client";
import type { Tx } from "@/lib/revisions/save";
import { planItemRecord, planItemSelect } from "@/lib/plan/record";
import { actionPageTags } from "@/lib/plan/tags";
import { storedTranslations, translationSnapshot } from "@/lib/translations/schema";

export async function loadGoal(id: number, client: Db | Tx = db) {
  const row = await client.goal.findUnique({
    where: { id },
    select: {
      ...planItemSelect,
      code: true,
      title: true,
      text: true,
      slug: true,
      areaId: true,
      translations: true,
      actions: { select: { action: { select: { slug: true, document: { select: { slug: true } } } } } },
    },
  });
  if (!row) return null;
  return planItemRecord("goal", row, {
    areaId: row.areaId,
    fields: {
      code: row.code,
      title: row.title,
      text: row.text,
      slug: row.slug,
      areaId: row.areaId,
      ...translationSnapshot(storedTranslations(row.translations)),
    },
    linkedPages: (m) =>
      actionPageTags(
        m,
        row.actions.map((a) => a.action),
      ),
  });
}
