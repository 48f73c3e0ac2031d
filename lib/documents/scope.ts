/** The document fields every page below a document needs: title for breadcrumbs, level labels for headings. */
export const documentHeader = {
  select: {
    slug: true,
    title: true,
    translations: true,
    kind: true,
    areaLabel: true,
    areaLabelPlural: true,
    goalLabel: true,
    goalLabelPlural: true,
    actionLabel: true,
    actionLabelPlural: true,
    municipality: { select: { slug: true, name: true, shortName: true } },
  },
} as const;

export const frameworkLinks = {
  agenda2030: { select: { agendaGoal: { select: { number: true, title: true, color: true } } }, orderBy: { goalNumber: "asc" } },
  publicHealth: { select: { target: { select: { number: true, title: true } } }, orderBy: { publicHealthArea: "asc" } },
} as const;
