import { db } from "@/lib/db/client";
import { municipalityItems } from "@/lib/municipalities/scoped-query";
import { publicMunicipalItem, publicSource } from "@/lib/documents/visibility";

export const getPeopleGroups = municipalityItems("people", (municipalityId) =>
  db.personGroup.findMany({
    where: { municipalityId, ...publicMunicipalItem },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      description: true,
      document: publicSource,
      members: { orderBy: { position: "asc" }, select: { name: true, role: true, party: true, period: true, email: true, phone: true } },
    },
  }),
);
