import type { MetadataRoute } from "next";
import { db } from "@/lib/db/client";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/xml";
import { publicArea, publicDocument, publicMunicipalItem, publicPlanItem } from "@/lib/documents/visibility";

const place = { select: { slug: true, municipality: { select: { slug: true } } } } as const;

/** Every public page, for `/sitemap.xml`. Far below the 50 000 addresses one sitemap may hold, even for 290 municipalities. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [municipalities, documents, areas, goals, actions] = await Promise.all([
    db.municipality.findMany({
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        updatedAt: true,
        goodExamples: { where: publicMunicipalItem, select: { slug: true, updatedAt: true } },
        knowledgePages: { where: publicMunicipalItem, select: { slug: true, updatedAt: true } },
        processMaps: { where: publicMunicipalItem, select: { slug: true, updatedAt: true } },
        _count: {
          select: {
            networks: { where: publicMunicipalItem },
            dialogues: { where: publicMunicipalItem },
            situationAnalyses: { where: publicMunicipalItem },
            groups: { where: publicMunicipalItem },
          },
        },
      },
    }),
    db.document.findMany({ where: publicDocument, select: { slug: true, updatedAt: true, municipality: { select: { slug: true } } } }),
    db.area.findMany({ where: publicArea, select: { slug: true, updatedAt: true, document: place } }),
    db.goal.findMany({ where: publicPlanItem, select: { slug: true, updatedAt: true, document: place } }),
    db.action.findMany({ where: publicPlanItem, select: { slug: true, updatedAt: true, document: place } }),
  ]);
  const entry = (path: string, lastModified?: Date) => ({ url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) });
  return [
    entry(paths.home()),
    entry(paths.agenda2030()),
    entry(paths.coverage()),
    ...Array.from({ length: 17 }, (_, i) => entry(paths.agenda2030Goal(i + 1))),
    entry(paths.openData()),
    entry(paths.accessibility()),
    ...municipalities.flatMap((m) => [
      entry(paths.municipality(m.slug), m.updatedAt),
      entry(paths.municipalityCoverage(m.slug)),
      ...(m._count.networks ? [entry(paths.networks(m.slug))] : []),
      ...(m._count.dialogues ? [entry(paths.dialogues(m.slug))] : []),
      ...(m._count.situationAnalyses ? [entry(paths.situation(m.slug))] : []),
      ...(m._count.groups ? [entry(paths.people(m.slug))] : []),
      ...(m.goodExamples.length ? [entry(paths.goodExamples(m.slug))] : []),
      ...(m.knowledgePages.length ? [entry(paths.knowledge(m.slug))] : []),
      ...m.goodExamples.map((x) => entry(paths.goodExample(m.slug, x.slug), x.updatedAt)),
      ...m.knowledgePages.map((x) => entry(paths.knowledgePage(m.slug, x.slug), x.updatedAt)),
      ...m.processMaps.map((x) => entry(paths.processMap(m.slug, x.slug), x.updatedAt)),
    ]),
    ...documents.map((d) => entry(paths.document(d.municipality.slug, d.slug), d.updatedAt)),
    ...areas.map((x) => entry(paths.area(x.document.municipality.slug, x.document.slug, x.slug), x.updatedAt)),
    ...goals.map((x) => entry(paths.goal(x.document.municipality.slug, x.document.slug, x.slug), x.updatedAt)),
    ...actions.map((x) => entry(paths.action(x.document.municipality.slug, x.document.slug, x.slug), x.updatedAt)),
  ];
}
