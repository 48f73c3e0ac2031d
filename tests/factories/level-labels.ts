/** The level names an action plan in the tests gives its areas, goals and actions. No database: browser tests use it too. */
export const levelLabels = {
  areaLabel: "Målområde",
  areaLabelPlural: "Målområden",
  goalLabel: "Mål",
  goalLabelPlural: "Mål",
  actionLabel: "Åtgärd",
  actionLabelPlural: "Åtgärder",
};
