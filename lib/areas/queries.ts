import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { documentHeader, frameworkLinks } from "@/lib/documents/scope";
import { publicAt, visibleItem, visibleLinked, type Audience } from "@/lib/documents/visibility";

const areaPage = (audience: Audience) =>
  ({
    slug: true,
    number: true,
    title: true,
    subtitle: true,
    description: true,
    direction: true,
    focus: true,
    translations: true,
    document: documentHeader,
    goals: {
      where: visibleItem(audience),
      orderBy: { position: "asc" },
      select: { slug: true, code: true, title: true, translations: true, _count: { select: { actions: { where: { action: visibleLinked(audience) } } } } },
    },
    actions: { where: visibleItem(audience), orderBy: { position: "asc" }, select: { slug: true, number: true, title: true, translations: true } },
    ...frameworkLinks,
  }) satisfies Prisma.AreaSelect;

export const getArea = cachedQuery(
  "area",
  (m: string, d: string, slug: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.page(paths.area(m, d, slug))],
  (municipality: string, document: string, slug: string) =>
    db.area.findFirst({ where: { slug, ...publicAt.area(municipality, document) }, select: areaPage("public") }),
);

export type AreaPageData = NonNullable<Awaited<ReturnType<typeof getArea>>>;

/** A coordinator's preview of an area, drafts included. Never cached. */
export const getAreaPreview = (municipalityId: number, id: number) =>
  db.area.findFirst({ where: { id, document: { municipalityId } }, select: areaPage("preview") });
