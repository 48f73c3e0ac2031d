import { db } from "@/lib/db/client";
import { municipalityItems } from "@/lib/municipalities/scoped-query";
import { publicMunicipalItem, publicSource } from "@/lib/documents/visibility";

export const getDialogues = municipalityItems("dialogues", (municipalityId) =>
  db.citizenDialogue.findMany({
    where: { municipalityId, ...publicMunicipalItem },
    orderBy: { position: "asc" },
    select: { slug: true, title: true, period: true, topic: true, method: true, participants: true, responses: true, summary: true, document: publicSource },
  }),
);
