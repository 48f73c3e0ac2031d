import { sv } from "@/lib/i18n/sv";
import type { documentKinds } from "@/lib/content/schema";

type Level = { singular: string; plural: string };
export type LevelLabels = { area: Level; goal: Level; action: Level };

/** Level names a document of this kind uses when its content does not name them. */
export function defaultLevelLabels(kind: (typeof documentKinds)[number]): LevelLabels {
  if (kind === "social_report") return { ...sv.levels, area: { singular: "Fokusområde", plural: "Fokusområden" } };
  if (kind === "strategy" || kind === "action_plan") return { ...sv.levels, area: { singular: "Målområde", plural: "Målområden" } };
  return sv.levels;
}

/** A document's level labels as its database columns. */
export const levelLabelColumns = (labels: LevelLabels) => ({
  areaLabel: labels.area.singular,
  areaLabelPlural: labels.area.plural,
  goalLabel: labels.goal.singular,
  goalLabelPlural: labels.goal.plural,
  actionLabel: labels.action.singular,
  actionLabelPlural: labels.action.plural,
});

export const documentKindLabel = (kind: keyof typeof sv.documentKind) => sv.documentKind[kind];
export const documentStatusLabel = (status: keyof typeof sv.documentStatus) => sv.documentStatus[status];

const dateFormat = new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
/** "13 maj 2026" */
export const formatDate = (date: Date) => dateFormat.format(date);
const dateTimeFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });
/** "13 maj 2026 14:05", Swedish time. */
export const formatDateTime = (date: Date) => dateTimeFormat.format(date);

/** "2026-05-13", the form used in Swedish documents' metadata. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "Mål A" / "Målsättning 1.1" / "Åtgärd 3.2": a level label with the item's number or code. */
export const numbered = (label: string, code?: string | null) => (code ? `${label} ${code}` : label);
