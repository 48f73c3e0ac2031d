import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { isoDate } from "@/lib/labels";
import { publicDocument, visibleItem, type Audience } from "./visibility";

const documentLink = { select: { slug: true, title: true, registrationNumber: true, status: true, translations: true } } as const;
const agendaLinks = { select: { agendaGoal: { select: { number: true, title: true, color: true } } }, orderBy: { goalNumber: "asc" } } as const;

const optionalDate = (d: Date | null) => (d ? isoDate(d) : null);

const documentPage = (audience: Audience) =>
  ({
    municipality: { select: { slug: true, name: true, shortName: true } },
    concretises: documentLink,
    concretisedBy: { where: publicDocument, ...documentLink },
    replaces: { select: { replaced: documentLink } },
    replacedBy: { where: { replacing: publicDocument }, select: { replacing: documentLink } },
    sections: { where: visibleItem(audience), orderBy: { position: "asc" }, select: { heading: true, level: true, body: true, translations: true } },
    areas: {
      where: visibleItem(audience),
      orderBy: { position: "asc" },
      select: {
        slug: true,
        number: true,
        title: true,
        subtitle: true,
        translations: true,
        goals: { where: visibleItem(audience), orderBy: { position: "asc" }, select: { slug: true, code: true, title: true, translations: true } },
        actions: { where: visibleItem(audience), orderBy: { position: "asc" }, select: { slug: true, number: true, title: true, translations: true } },
        agenda2030: agendaLinks,
      },
    },
  }) satisfies Prisma.DocumentInclude;

type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;
const findDocument = (where: Prisma.DocumentWhereInput, audience: Audience) => db.document.findFirst({ where, include: documentPage(audience) });

/** Dates as ISO strings: the data cache stores JSON. */
const asPlainData = (document: DocumentRow) => ({
  ...document,
  adoptedOn: optionalDate(document.adoptedOn),
  validUntil: optionalDate(document.validUntil),
  reviewBy: optionalDate(document.reviewBy),
  createdAt: document.createdAt.toISOString(),
  updatedAt: document.updatedAt.toISOString(),
});

export const getDocument = cachedQuery(
  "document",
  (m: string, d: string) => [cacheTags.municipality(m), cacheTags.document(m, d)],
  async (municipality: string, slug: string) => {
    const document = await findDocument({ slug, municipality: { slug: municipality }, ...publicDocument }, "public");
    return document ? asPlainData(document) : null;
  },
);

/** A coordinator's preview of a document in any status, its draft parts included. Never cached. */
export async function getDocumentPreview(municipalityId: number, id: number) {
  const document = await findDocument({ id, municipalityId }, "preview");
  return document ? asPlainData(document) : null;
}

export type DocumentPageData = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
export { agendaLinks };
