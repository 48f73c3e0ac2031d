import { db } from "@/lib/db/client";
import { municipalityItems } from "@/lib/municipalities/scoped-query";
import { publicMunicipalItem, publicSource } from "@/lib/documents/visibility";

export const getProcessMaps = municipalityItems("process-maps", (municipalityId) =>
  db.processMap.findMany({
    where: { municipalityId, ...publicMunicipalItem },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      intro: true,
      document: publicSource,
      processes: {
        orderBy: { position: "asc" },
        select: { kind: true, number: true, title: true, description: true, proposals: { orderBy: { position: "asc" }, select: { text: true } } },
      },
    },
  }),
);
