/** Select fragments the follow-up read models share. */

/** A document's own names for its levels, for headings in tables and reports. */
export const documentLabels = {
  areaLabel: true,
  areaLabelPlural: true,
  goalLabel: true,
  goalLabelPlural: true,
  actionLabel: true,
  actionLabelPlural: true,
} as const;

/** An action's responsible bodies (nämnder, bolag), by name. */
export const responsibleBodies = {
  where: { role: "RESPONSIBLE" },
  orderBy: { organisation: { name: "asc" } },
  select: { organisation: { select: { name: true } } },
} as const;

export const bodyNames = (links: { organisation: { name: string } }[]) => links.map((l) => l.organisation.name);
