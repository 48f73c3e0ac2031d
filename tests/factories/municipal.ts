import { db } from "@/lib/db/client";
import { createPlan } from "./plan";

/**
 * A plan's municipality (documents, organisations) with its own items: three networks in order, a
 * good example, a group with two members, a process map with a process and a proposal, and a
 * situation analysis for public-health area 1. Everything published.
 */
export async function createMunicipalContent() {
  const plan = await createPlan();
  const municipalityId = plan.municipality.id;
  const networks = [];
  for (const i of [0, 1, 2]) {
    networks.push(await db.network.create({ data: { municipalityId, slug: `natverk-${i}`, name: `Nätverk ${i}`, purpose: "Ett syfte.", position: i } }));
  }
  const goodExample = await db.goodExample.create({
    data: { municipalityId, slug: "ett-exempel", title: "Ett exempel", summary: "Kort om det.", position: 0 },
  });
  const group = await db.personGroup.create({
    data: {
      municipalityId,
      slug: "beredningen",
      name: "Beredningen",
      kind: "COMMITTEE",
      position: 0,
      members: {
        create: [
          { position: 0, name: "Anna Andersson", role: "Ordförande", party: "S" },
          { position: 1, name: "Bo Berg", role: "Ledamot", party: "M", email: "bo.berg@kommun.example.se" },
        ],
      },
    },
  });
  const processMap = await db.processMap.create({
    data: {
      municipalityId,
      slug: "processkarta",
      title: "Processkarta",
      position: 0,
      processes: { create: [{ kind: "MANAGEMENT", number: "1", title: "Styra", position: 0, proposals: { create: [{ position: 0, text: "Ett förslag." }] } }] },
    },
  });
  const situation = await db.situationAnalysis.create({
    data: {
      municipalityId,
      publicHealthArea: 1,
      items: {
        create: [
          { kind: "STRENGTH", position: 0, text: "En styrka." },
          { kind: "CHALLENGE", position: 0, text: "En utmaning." },
        ],
      },
    },
  });
  return { ...plan, networks, goodExample, group, processMap, situation };
}

export type MunicipalContent = Awaited<ReturnType<typeof createMunicipalContent>>;
