import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import type { Tx } from "@/lib/revisions/save";

/** Goals an item may link to: any published or draft goal of the same municipality (also in another document). */
export async function goalsInMunicipality(municipalityId: number, ids: number[], field = "goalIds") {
  const goals = await db.goal.findMany({
    where: { id: { in: ids }, document: { municipalityId } },
    select: { id: true, slug: true, document: { select: { slug: true } } },
  });
  if (goals.length !== new Set(ids).size) throw invalid({ [field]: ["admin.validation.goalNotInMunicipality"] });
  return goals;
}

export async function organisationsInMunicipality(municipalityId: number, ids: number[], field: string) {
  const found = await db.organisation.count({ where: { id: { in: ids }, municipalityId } });
  if (found !== new Set(ids).size) throw invalid({ [field]: ["admin.validation.organisationNotInMunicipality"] });
}

// Table and key names are constants here, never input.
const frameworkTables = {
  area: { key: "areaId", agenda: "AreaAgendaGoal", health: "AreaPublicHealth" },
  goal: { key: "goalId", agenda: "GoalAgendaGoal", health: "GoalPublicHealth" },
  action: { key: "actionId", agenda: "ActionAgendaGoal", health: "ActionPublicHealth" },
} as const;

/** Replaces an area's, goal's or action's Agenda 2030 and public-health links. */
export async function writeFrameworkLinks(
  tx: Tx,
  owner: { kind: keyof typeof frameworkTables; id: number },
  links: { agenda2030: number[]; publicHealth: number[] },
) {
  const t = frameworkTables[owner.kind];
  for (const [table, column, values] of [
    [t.agenda, "goalNumber", links.agenda2030],
    [t.health, "publicHealthArea", links.publicHealth],
  ] as const) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "${t.key}" = $1`, owner.id);
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" ("${t.key}", "${column}") SELECT $1, unnest($2::int[])`, owner.id, [...new Set(values)]);
  }
}

/** A renamed item keeps its old public address working (308 to the new one). */
export async function redirectRenamed(tx: Tx, from: string, to: string) {
  if (from === to) return;
  await tx.pathRedirect.upsert({ where: { fromPath: from }, create: { fromPath: from, toPath: to }, update: { toPath: to } });
  // An address that pointed at the old one now goes straight to the new one.
  await tx.pathRedirect.updateMany({ where: { toPath: from }, data: { toPath: to } });
  await tx.pathRedirect.deleteMany({ where: { fromPath: to } });
}

/** New items are drafts in a public document (until published) and public with their document when it is a draft. */
export const initialStatus = (documentStatus: string) => (documentStatus === "DRAFT" ? "PUBLISHED" : "DRAFT");

/** Ids and numbers in a stable order, without repeats: snapshots compare equal when the links are the same. */
export const sortedIds = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
