import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { publicArea, publicPlanItem } from "@/lib/documents/visibility";

const publicLinks = {
  areas: { where: { area: publicArea } },
  goals: { where: { goal: publicPlanItem } },
  actions: { where: { action: publicPlanItem } },
} as const;

export const listAgendaGoals = cachedQuery(
  "agenda2030",
  () => [cacheTags.agenda2030()],
  () =>
    db.agenda2030Goal.findMany({
      orderBy: { number: "asc" },
      select: { number: true, title: true, description: true, color: true, _count: { select: publicLinks } },
    }),
);

const documentPlace = {
  select: {
    slug: true,
    title: true,
    translations: true,
    areaLabel: true,
    areaLabelPlural: true,
    goalLabel: true,
    goalLabelPlural: true,
    actionLabel: true,
    actionLabelPlural: true,
    municipality: { select: { slug: true, name: true } },
  },
} as const;

/** Up to this many linked items a goal's page lists them all; beyond it, a summary per municipality. */
export const FULL_LIST_LIMIT = 200;

/**
 * One global goal with its targets and how many public items link to it; the items themselves only
 * while they make a readable list (the demo content), since at national scale there are thousands.
 */
export const getAgendaGoal = cachedQuery(
  "agenda2030-goal",
  (number: number) => [cacheTags.agenda2030(), cacheTags.page(paths.agenda2030Goal(number))],
  async (number: number) => {
    const goal = await db.agenda2030Goal.findUnique({
      where: { number },
      select: {
        number: true,
        title: true,
        description: true,
        color: true,
        targets: { orderBy: { position: "asc" }, select: { code: true, title: true } },
        _count: { select: publicLinks },
      },
    });
    if (!goal) return null;
    const linked = goal._count.areas + goal._count.goals + goal._count.actions;
    if (linked > FULL_LIST_LIMIT) return { ...goal, linked, items: null };
    const items = await db.agenda2030Goal.findUniqueOrThrow({
      where: { number },
      select: {
        areas: { ...publicLinks.areas, select: { area: { select: { slug: true, number: true, title: true, translations: true, document: documentPlace } } } },
        goals: { ...publicLinks.goals, select: { goal: { select: { slug: true, code: true, title: true, translations: true, document: documentPlace } } } },
        actions: {
          ...publicLinks.actions,
          select: {
            action: { select: { slug: true, number: true, title: true, translations: true, area: { select: { number: true } }, document: documentPlace } },
          },
        },
      },
    });
    return { ...goal, linked, items };
  },
);
