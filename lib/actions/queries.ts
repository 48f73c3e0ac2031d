import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { documentHeader, frameworkLinks } from "@/lib/documents/scope";
import { publicAt, publicPlanItem } from "@/lib/documents/visibility";
import { loadAction } from "./record";

/** What an action page shows; `goals` narrows the goals it links to (the public see only public ones). */
const actionPage = (goals: Prisma.GoalWhereInput) =>
  ({
    slug: true,
    number: true,
    title: true,
    text: true,
    status: true,
    translations: true,
    document: documentHeader,
    area: { select: { slug: true, number: true, title: true, translations: true } },
    goals: {
      where: { goal: goals },
      orderBy: [{ goal: { document: { position: "asc" } } }, { goal: { position: "asc" } }],
      select: {
        goal: {
          select: {
            slug: true,
            code: true,
            title: true,
            translations: true,
            document: { select: { slug: true, title: true, translations: true, goalLabel: true } },
          },
        },
      },
    },
    organisations: { orderBy: { organisation: { name: "asc" } }, select: { role: true, organisation: { select: { name: true } } } },
    ...frameworkLinks,
  }) satisfies Prisma.ActionSelect;

export const getAction = cachedQuery(
  "action",
  (m: string, d: string, slug: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.page(paths.action(m, d, slug))],
  (municipality: string, document: string, slug: string) =>
    db.action.findFirst({ where: { slug, ...publicAt.action(municipality, document) }, select: actionPage(publicPlanItem) }),
);

export type ActionPageData = NonNullable<Awaited<ReturnType<typeof getAction>>>;

/** A coordinator's preview: the action as its page will look, drafts included. Never cached. */
export const getActionPreview = (municipalityId: number, id: number) =>
  db.action.findFirst({ where: { id, document: { municipalityId } }, select: actionPage({ status: { not: "ARCHIVED" } }) });

/** The action editor: its fields as stored, and where it sits. */
export async function getActionForEditing(municipalityId: number, id: number) {
  const record = await loadAction(id);
  if (!record || record.entity.municipalityId !== municipalityId) return null;
  const place = await db.action.findUniqueOrThrow({
    where: { id },
    select: {
      document: { select: { id: true, title: true, status: true, slug: true, actionLabel: true, goalLabel: true, areaLabel: true } },
      area: { select: { id: true, number: true, title: true } },
    },
  });
  return { ...record, ...place };
}
