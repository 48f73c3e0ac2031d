import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { documentHeader, frameworkLinks, inPublicDocument } from "@/lib/documents/scope";
import { publicItem } from "@/lib/documents/visibility";

export const getAction = cachedQuery(
  "action",
  (m: string, d: string, slug: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.page(paths.action(m, d, slug))],
  (municipality: string, document: string, slug: string) =>
    db.action.findFirst({
      where: { slug, ...inPublicDocument(municipality, document) },
      select: {
        slug: true,
        number: true,
        title: true,
        text: true,
        document: documentHeader,
        area: { select: { slug: true, number: true, title: true } },
        goals: {
          where: { goal: publicItem },
          orderBy: [{ goal: { document: { position: "asc" } } }, { goal: { position: "asc" } }],
          select: {
            goal: {
              select: { slug: true, code: true, title: true, document: { select: { slug: true, title: true, goalLabel: true } } },
            },
          },
        },
        organisations: { orderBy: { organisation: { name: "asc" } }, select: { role: true, organisation: { select: { name: true } } } },
        ...frameworkLinks,
      },
    }),
);
