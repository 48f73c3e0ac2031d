import { db } from "@/lib/db/client";
import { published } from "@/lib/documents/visibility";
import { municipalityItems } from "@/lib/municipalities/scoped-query";

export const getNetworks = municipalityItems("networks", (municipalityId) =>
  db.network.findMany({ where: { municipalityId, ...published }, orderBy: { position: "asc" }, select: { slug: true, name: true, purpose: true } }),
);
