import { db } from "@/lib/db/client";
import type { EntityType } from "@/lib/revisions/entities";
import type { MunicipalContent } from "./municipal";
import { createIndicatorRow } from "./followup";

/**
 * Two records of a kind next to each other in one list of createMunicipalContent's municipality (the
 * first in the first area of their document where they lie in one): a record to write and its neighbour.
 */
export async function twoRecords(type: EntityType, c: MunicipalContent): Promise<[number, number]> {
  const municipalityId = c.municipality.id;
  const pair = async (create: (i: number) => Promise<{ id: number }>): Promise<[number, number]> => [(await create(0)).id, (await create(1)).id];
  switch (type) {
    case "document":
      return [c.strategy.id, c.plan.id];
    case "area":
      return [c.areas[0]!.id, c.areas[1]!.id];
    case "network":
      return [c.networks[0]!.id, c.networks[1]!.id];
    case "organisation":
      return [c.organisations[0]!.id, c.organisations[1]!.id];
    case "section":
      return pair((i) => db.documentSection.create({ data: { documentId: c.strategy.id, heading: `Avsnitt ${i}`, body: "Text.", position: i } }));
    case "goal": {
      const goal = await db.goal.create({ data: { documentId: c.strategy.id, areaId: c.areas[0]!.id, slug: "mal-c", code: "C", title: "Mål C", position: 1 } });
      return [c.goals[0]!.id, goal.id];
    }
    case "action": {
      const action = await db.action.create({
        data: { documentId: c.plan.id, areaId: c.planAreas[0]!.id, slug: "1-2-atgard", number: "2", title: "Åtgärd 1.2", position: 1 },
      });
      return [c.actions[0]!.id, action.id];
    }
    case "goodExample": {
      const second = await db.goodExample.create({ data: { municipalityId, slug: "andra-exemplet", title: "Andra exemplet", summary: "Kort.", position: 1 } });
      return [c.goodExample.id, second.id];
    }
    case "knowledgePage":
      return pair((i) =>
        db.knowledgePage.create({ data: { municipalityId, slug: `kunskap-${i}`, title: `Kunskap ${i}`, summary: "Kort.", body: "Text.", position: i } }),
      );
    case "dialogue":
      return pair((i) =>
        db.citizenDialogue.create({
          data: { municipalityId, slug: `dialog-${i}`, title: `Dialog ${i}`, period: "2025", summary: "Vad som kom fram.", position: i },
        }),
      );
    case "group": {
      const second = await db.personGroup.create({
        data: {
          municipalityId,
          slug: "referensgruppen",
          name: "Referensgruppen",
          kind: "REFERENCE_GROUP",
          position: 1,
          members: { create: [{ position: 0, name: "Cecilia Ek" }] },
        },
      });
      return [c.group.id, second.id];
    }
    case "processMap": {
      const second = await db.processMap.create({
        data: {
          municipalityId,
          slug: "andra-kartan",
          title: "Andra kartan",
          position: 1,
          processes: { create: [{ kind: "SUPPORT", number: "1", title: "Stödja", position: 0 }] },
        },
      });
      return [c.processMap.id, second.id];
    }
    case "situation": {
      const second = await db.situationAnalysis.create({
        data: { municipalityId, publicHealthArea: 2, items: { create: [{ kind: "STRENGTH", position: 0, text: "En styrka." }] } },
      });
      return [c.situation.id, second.id];
    }
    case "indicator":
      return [(await createIndicatorRow(municipalityId)).id, (await createIndicatorRow(municipalityId)).id];
    default:
      throw new Error(`no records of kind ${type}`);
  }
}
