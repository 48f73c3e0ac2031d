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
      goalLabel: true,
      goalLabelPlural: true,
      actionLabel: true,
      actionLabelPlural: true,
      municipality: { select: { slug: true } },
      sections: { orderBy: { position: "asc" }, select: { id: true, status: true, heading: true } },
      areas: {
        orderBy: { position: "asc" },
        select: {
          ...listed,
          number: true,
          goals: { orderBy: { position: "asc" }, select: { ...listed, code: true } },
          actions: { orderBy: { position: "asc" }, select: { ...listed, number: true } },
        },
      },
    },
  });
