import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { publicItem, publicPlanItem } from "@/lib/documents/visibility";

const publicLinks = {
  areas: { where: { area: publicItem } },
  goals: { where: { goal: publicPlanItem } },
  actions: { where: { action: publicPlanItem } },
} as const;

export const listAgendaGoals = cachedQuery("agenda2030", () => [cacheTags.agenda2030()], () =>
  db.agenda2030Goal.findMany({
    orderBy: { number: "asc" },
    select: { number: true, title: true, description: true, color: true, _count: { select: publicLinks } },
  }),
);

const documentPlace = {
  select: { slug: true, title: true, areaLabel: true, goalLabel: true, actionLabel: true, municipality: { select: { slug: true, name: true } } },
} as const;

/** One global goal with its targets and everything in any municipality linked to it. */
export const getAgendaGoal = cachedQuery(
  "agenda2030-goal",
  (number: number) => [cacheTags.agenda2030(), cacheTags.page(paths.agenda2030Goal(number))],
  (number: number) =>
    db.agenda2030Goal.findUnique({
      where: { number },
      select: {
        number: true,
        title: true,
        description: true,
        color: true,
        targets: { orderBy: { position: "asc" }, select: { code: true, title: true } },
        areas: {
          ...publicLinks.areas,
          select: { area: { select: { slug: true, number: true, title: true, document: documentPlace } } },
        },
        goals: {
          ...publicLinks.goals,
          select: { goal: { select: { slug: true, code: true, title: true, document: documentPlace } } },
        },
        actions: {
          ...publicLinks.actions,
          select: { action: { select: { slug: true, number: true, title: true, area: { select: { number: true } }, document: documentPlace } } },
        },
      },
    }),
);
