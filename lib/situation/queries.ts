import { db } from "@/lib/db/client";
import { municipalityItems } from "@/lib/municipalities/scoped-query";
import { publicMunicipalItem, publicSource } from "@/lib/documents/visibility";

export const getSituationAnalyses = municipalityItems("situation", (municipalityId) =>
  db.situationAnalysis.findMany({
    where: { municipalityId, ...publicMunicipalItem },
    orderBy: { publicHealthArea: "asc" },
    select: {
      heading: true,
      target: { select: { number: true, title: true } },
      document: publicSource,
      items: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { kind: true, text: true } },
    },
  }),
);
