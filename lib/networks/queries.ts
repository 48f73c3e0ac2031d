import { db } from "@/lib/db/client";
import { municipalityItems } from "@/lib/municipalities/scoped-query";

export const getNetworks = municipalityItems("networks", (municipalityId) =>
  db.network.findMany({ where: { municipalityId }, orderBy: { position: "asc" }, select: { slug: true, name: true, purpose: true } }),
);
