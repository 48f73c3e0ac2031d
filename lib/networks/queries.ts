import { db } from "@/lib/db/client";
import { publicMunicipalItem } from "@/lib/documents/visibility";
import { municipalityItems } from "@/lib/municipalities/scoped-query";

export const getNetworks = municipalityItems("networks", (municipalityId) =>
  db.network.findMany({ where: { municipalityId, ...publicMunicipalItem }, orderBy: { position: "asc" }, select: { slug: true, name: true, purpose: true } }),
);
