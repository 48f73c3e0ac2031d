import { db } from "@/lib/db/client";

/** A municipality's documents in every status, for its coordinators. */
export const listDocumentsForEditing = (municipalityId: number) =>
  db.document.findMany({
    where: { municipalityId },
    orderBy: { position: "asc" },
    select: { id: true, title: true, kind: true, status: true, updatedAt: true, registrationNumber: true },
  });

const listed = { id: true, status: true, title: true } as const;

/** A document's whole structure in every status: what the coordinators navigate to edit. */
export const getDocumentStructure = (municipalityId: number, id: number) =>
  db.document.findFirst({
    where: { id, municipalityId },
    select: {
      ...listed,
      slug: true,
      kind: true,
      version: true,
      areaLabel: true,
      areaLabelPlural: true,
      municipality: { select: { slug: true } },
      sections: { orderBy: { position: "asc" }, select: { id: true, status: true, heading: true, version: true } },
      areas: {
        orderBy: { position: "asc" },
        select: { ...listed, number: true, version: true },
      },
    },
  });

/** Where a record sits, for an editor page's breadcrumbs and headings. */
export const documentPlace = (id: number) =>
  db.document.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      areaLabel: true,
      goalLabel: true,
      goalLabelPlural: true,
      actionLabel: true,
      actionLabelPlural: true,
    },
  });

/** The municipality's other documents, as choices for a document's relations. */
export const documentChoices = async (municipalityId: number, except?: number) =>
  (
    await db.document.findMany({
      where: { municipalityId, id: except ? { not: except } : undefined },
      orderBy: { position: "asc" },
      select: { id: true, title: true, registrationNumber: true },
    })
  ).map((d) => ({ value: String(d.id), label: { text: d.registrationNumber ? `${d.title} (${d.registrationNumber})` : d.title }, lang: "sv" as const }));

/** A document of the municipality, with what a page that adds an area or a section to it shows. */
export const documentForNewPart = (municipalityId: number, id: number) =>
  db.document.findFirst({ where: { id, municipalityId }, select: { id: true, title: true, areaLabel: true, _count: { select: { areas: true } } } });
