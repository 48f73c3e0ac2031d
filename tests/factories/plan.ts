import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/generated/prisma/client";
import { unique } from "./unique";
import { levelLabels } from "./level-labels";

/** The reference rows links point at; created once per database. */
export async function ensureReferenceData() {
  await db.agenda2030Goal.createMany({
    data: Array.from({ length: 17 }, (_, i) => ({ number: i + 1, title: `Mål ${i + 1}`, description: "", color: "#4C9F38" })),
    skipDuplicates: true,
  });
  await db.publicHealthArea.createMany({
    data: Array.from({ length: 8 }, (_, i) => ({ number: i + 1, title: `Målområde ${i + 1}`, description: "" })),
    skipDuplicates: true,
  });
}

/**
 * A municipality with a strategy (two areas, a goal in each) and an action plan whose two actions
 * serve the strategy's goals; two organisations. Everything published unless `documentStatus` says otherwise.
 */
/** Creates one at a time, so ids follow the order of `items` as positions do. */
async function inOrder<T, R>(items: T[], create: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const created: R[] = [];
  for (const [i, item] of items.entries()) created.push(await create(item, i));
  return created;
}

export async function createPlan(options: { documentStatus?: PublicationStatus } = {}) {
  await ensureReferenceData();
  const slug = unique("kommun");
  const municipality = await db.municipality.create({
    data: { slug, name: `${slug} kommun`, shortName: slug, code: unique("kod") },
  });
  const organisations = await inOrder(["Socialnämnden", "Kultur- och fritidsnämnden"], (name, i) =>
    db.organisation.create({ data: { municipalityId: municipality.id, slug: `org-${i}`, name } }),
  );
  const strategy = await db.document.create({
    data: { municipalityId: municipality.id, slug: "strategi", kind: "STRATEGY", title: "Strategi", summary: "Strategin.", position: 0, ...levelLabels },
  });
  const areas = await inOrder([1, 2], (n) =>
    db.area.create({ data: { documentId: strategy.id, slug: `${n}-omrade`, number: String(n), title: `Område ${n}`, position: n } }),
  );
  const goals = await inOrder(areas, (area, i) =>
    db.goal.create({
      data: { documentId: strategy.id, areaId: area.id, slug: `mal-${"AB"[i]}`.toLowerCase(), code: "AB"[i]!, title: `Mål ${"AB"[i]}`, position: 0 },
    }),
  );
  const plan = await db.document.create({
    data: {
      municipalityId: municipality.id,
      slug: "handlingsplan",
      kind: "ACTION_PLAN",
      title: "Handlingsplan",
      summary: "Planen.",
      position: 1,
      concretisesId: strategy.id,
      status: options.documentStatus ?? "PUBLISHED",
      ...levelLabels,
    },
  });
  const planAreas = await inOrder([1, 2], (n) =>
    db.area.create({ data: { documentId: plan.id, slug: `${n}-plan`, number: String(n), title: `Planområde ${n}`, position: n } }),
  );
  const actions = await inOrder(planAreas, (area, i) =>
    db.action.create({
      data: {
        documentId: plan.id,
        areaId: area.id,
        slug: `${i + 1}-1-atgard`,
        number: "1",
        title: `Åtgärd ${i + 1}.1`,
        text: "Ursprunglig text.",
        position: 0,
        goals: { create: [{ goalId: goals[i]!.id }] },
        organisations: { create: [{ organisationId: organisations[0]!.id, role: "RESPONSIBLE" }] },
        agenda2030: { create: [{ goalNumber: 3 }] },
      },
    }),
  );
  return { municipality, organisations, strategy, areas, goals, plan, planAreas, actions };
}

export type Plan = Awaited<ReturnType<typeof createPlan>>;
