import { db } from "@/lib/db/client";
import { planItemRecord, planItemSelect } from "@/lib/plan/record";
import { actionPageTags } from "@/lib/plan/tags";

export async function loadGoal(id: number) {
  const row = await db.goal.findUnique({
    where: { id },
    select: {
      ...planItemSelect,
      code: true,
      title: true,
      text: true,
      slug: true,
      areaId: true,
      actions: { select: { action: { select: { slug: true, document: { select: { slug: true } } } } } },
    },
  });
  if (!row) return null;
  return planItemRecord("goal", row, {
    areaId: row.areaId,
    fields: { code: row.code, title: row.title, text: row.text, slug: row.slug, areaId: row.areaId },
    linkedPages: (m) =>
      actionPageTags(
        m,
        row.actions.map((a) => a.action),
      ),
  });
}
