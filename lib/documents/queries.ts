import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { isoDate } from "@/lib/labels";
import { publicDocument, published } from "./visibility";

const documentLink = { select: { slug: true, title: true, registrationNumber: true, status: true } } as const;
const agendaLinks = { select: { agendaGoal: { select: { number: true, title: true, color: true } } }, orderBy: { goalNumber: "asc" } } as const;

const optionalDate = (d: Date | null) => (d ? isoDate(d) : null);

export const getDocument = cachedQuery(
  "document",
  (m: string, d: string) => [cacheTags.municipality(m), cacheTags.document(m, d)],
  async (municipality: string, slug: string) => {
    const document = await db.document.findFirst({
      where: { slug, municipality: { slug: municipality }, ...publicDocument },
      include: {
        municipality: { select: { slug: true, name: true, shortName: true } },
        concretises: documentLink,
        concretisedBy: { where: publicDocument, ...documentLink },
        replaces: { select: { replaced: documentLink } },
        replacedBy: { where: { replacing: publicDocument }, select: { replacing: documentLink } },
        sections: { where: published, orderBy: { position: "asc" }, select: { heading: true, level: true, body: true } },
        areas: {
          where: published,
          orderBy: { position: "asc" },
          select: {
            slug: true,
            number: true,
            title: true,
            subtitle: true,
            goals: { where: published, orderBy: { position: "asc" }, select: { slug: true, code: true, title: true } },
            actions: { where: published, orderBy: { position: "asc" }, select: { slug: true, number: true, title: true } },
            agenda2030: agendaLinks,
          },
        },
      },
    });
    if (!document) return null;
    return {
      ...document,
      adoptedOn: optionalDate(document.adoptedOn),
      validUntil: optionalDate(document.validUntil),
      reviewBy: optionalDate(document.reviewBy),
      createdAt: document.createdAt.toISOString(),
      updatedAt: document.updatedAt.toISOString(),
    };
  },
);

export type DocumentPageData = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
export { agendaLinks };
