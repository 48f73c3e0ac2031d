import { db } from "@/lib/db/client";
import { municipalityItems } from "@/lib/municipalities/scoped-query";
import { published, publicSource } from "@/lib/documents/visibility";

export const getDialogues = municipalityItems("dialogues", (municipalityId) =>
  db.citizenDialogue.findMany({
    where: { municipalityId, ...published },
    orderBy: { position: "asc" },
    select: { slug: true, title: true, period: true, topic: true, method: true, participants: true, responses: true, summary: true, document: publicSource },
  }),
);
