import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { documentHeader, frameworkLinks, inPublicDocument } from "@/lib/documents/scope";
import { published, publicItem } from "@/lib/documents/visibility";

export const getArea = cachedQuery(
  "area",
  (m: string, d: string, slug: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.page(paths.area(m, d, slug))],
  (municipality: string, document: string, slug: string) =>
    db.area.findFirst({
      where: { slug, ...inPublicDocument(municipality, document) },
      select: {
        slug: true,
        number: true,
        title: true,
        subtitle: true,
        description: true,
        direction: true,
        focus: true,
        document: documentHeader,
        goals: {
          where: published,
          orderBy: { position: "asc" },
          select: { slug: true, code: true, title: true, _count: { select: { actions: { where: { action: publicItem } } } } },
        },
        actions: { where: published, orderBy: { position: "asc" }, select: { slug: true, number: true, title: true } },
        ...frameworkLinks,
      },
    }),
);
