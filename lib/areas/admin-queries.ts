import { db } from "@/lib/db/client";

/** An area of the municipality, with what a page that adds a goal or an action to it shows. */
export const areaForNewPart = (municipalityId: number, id: number) =>
  db.area.findFirst({
    where: { id, document: { municipalityId } },
    select: {
      id: true,
      number: true,
      title: true,
      document: { select: { id: true, title: true, areaLabel: true, goalLabel: true, actionLabel: true } },
      _count: { select: { actions: true } },
    },
  });

/** Where a goal or action sits, for its editor's breadcrumbs and heading. */
export const areaPlace = (id: number) => db.area.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, title: true } });

/** An area's goals and actions in every status, in order, for its editor page. */
export const areaParts = (id: number) =>
  db.area.findUniqueOrThrow({
    where: { id },
    select: {
      goals: { orderBy: { position: "asc" }, select: { id: true, version: true, status: true, code: true, title: true } },
      actions: { orderBy: { position: "asc" }, select: { id: true, version: true, status: true, number: true, title: true } },
    },
  });
