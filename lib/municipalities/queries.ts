import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { publicDocument, publicMunicipalItem } from "@/lib/documents/visibility";

export const listMunicipalities = cachedQuery(
  "municipalities",
  () => [cacheTags.municipalities()],
  () =>
    db.municipality.findMany({
      orderBy: { shortName: "asc" },
      select: { id: true, slug: true, name: true, shortName: true, _count: { select: { documents: { where: publicDocument } } } },
    }),
);

/** Everything a municipality's start page shows: its documents and which other page kinds have content. */
export const getMunicipality = cachedQuery(
  "municipality",
  (m: string) => [cacheTags.municipality(m), cacheTags.page(paths.municipality(m))],
  (slug: string) =>
    db.municipality.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        shortName: true,
        intro: true,
        contact: true,
        documents: {
          where: publicDocument,
          orderBy: { position: "asc" },
          select: { id: true, slug: true, title: true, kind: true, status: true, summary: true, validUntil: true, translations: true },
        },
        processMaps: { where: publicMunicipalItem, orderBy: { position: "asc" }, select: { slug: true, title: true } },
        _count: {
          select: {
            networks: { where: publicMunicipalItem },
            goodExamples: { where: publicMunicipalItem },
            knowledgePages: { where: publicMunicipalItem },
            groups: { where: publicMunicipalItem },
            dialogues: { where: publicMunicipalItem },
            situationAnalyses: { where: publicMunicipalItem },
          },
        },
      },
    }),
);

/** The little every municipality sub-page needs: the name, for breadcrumbs and titles. */
export const getMunicipalityName = cachedQuery(
  "municipality-name",
  (m: string) => [cacheTags.municipality(m)],
  (slug: string) => db.municipality.findUnique({ where: { slug }, select: { slug: true, name: true, shortName: true } }),
);
