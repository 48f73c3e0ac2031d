import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { documentHeader, frameworkLinks } from "@/lib/documents/scope";
import { publicAt, visibleLinked, type Audience } from "@/lib/documents/visibility";

const goalPage = (audience: Audience) =>
  ({
    slug: true,
    code: true,
    title: true,
    text: true,
    translations: true,
    document: documentHeader,
    area: { select: { slug: true, number: true, title: true, translations: true } },
    actions: {
      where: { action: visibleLinked(audience) },
      orderBy: [{ action: { document: { position: "asc" } } }, { action: { area: { position: "asc" } } }, { action: { position: "asc" } }],
      select: {
        action: {
          select: {
            slug: true,
            number: true,
            title: true,
            translations: true,
            area: { select: { number: true } },
            document: { select: { slug: true, title: true, translations: true, actionLabel: true, actionLabelPlural: true } },
            organisations: { where: { role: "RESPONSIBLE" }, select: { organisation: { select: { name: true } } } },
          },
        },
      },
    },
    ...frameworkLinks,
  }) satisfies Prisma.GoalSelect;

export const getGoal = cachedQuery(
  "goal",
  // Actions of other documents appear here too: their writes expire this page by its page tag.
  (m: string, d: string, slug: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.page(paths.goal(m, d, slug))],
  (municipality: string, document: string, slug: string) =>
    db.goal.findFirst({ where: { slug, ...publicAt.goal(municipality, document) }, select: goalPage("public") }),
);

export type GoalPageData = NonNullable<Awaited<ReturnType<typeof getGoal>>>;

/** A coordinator's preview of a goal, drafts included. Never cached. */
export const getGoalPreview = (municipalityId: number, id: number) =>
  db.goal.findFirst({ where: { id, document: { municipalityId } }, select: goalPage("preview") });
