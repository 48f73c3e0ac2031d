import { db } from "@/lib/db/client";
import { publicMunicipalItem } from "@/lib/documents/visibility";
import { municipalityItems } from "@/lib/municipalities/scoped-query";

export const getKnowledgePages = municipalityItems("knowledge", (municipalityId) =>
  db.knowledgePage.findMany({
    where: { municipalityId, ...publicMunicipalItem },
    orderBy: { position: "asc" },
    select: { slug: true, title: true, summary: true, body: true },
  }),
);
