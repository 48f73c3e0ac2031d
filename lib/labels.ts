import type { documentKinds } from "@/lib/content/schema";
import type { DocumentKind, PublicationStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/message";
import { defaultLocale, type Locale } from "@/lib/i18n/routing";
import { timeZone } from "@/lib/i18n/formats";
import { translator } from "@/lib/i18n/translator";

type Level = { singular: string; plural: string };
export type LevelLabels = { area: Level; goal: Level; action: Level };

const levels = (t: Translate, area: "area" | "focusArea" | "goalArea"): LevelLabels => {
  const level = (name: "area" | "focusArea" | "goalArea" | "goal" | "action") => ({
    singular: t(`levels.${name}.singular`),
    plural: t(`levels.${name}.plural`),
  });
  return { area: level(area), goal: level("goal"), action: level("action") };
};

/**
 * Level names a document of this kind uses when its content does not name them. They are stored with the
 * document, so they are in the content's language, Swedish; a document's translations are its own.
 */
export function defaultLevelLabels(kind: (typeof documentKinds)[number]): LevelLabels {
  const t = translator(defaultLocale);
  if (kind === "social_report") return levels(t, "focusArea");
  if (kind === "strategy" || kind === "action_plan") return levels(t, "goalArea");
  return levels(t, "area");
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

export const documentKindLabel = (t: Translate, kind: DocumentKind) => t(`documentKind.${kind}`);
export const documentStatusLabel = (t: Translate, status: PublicationStatus) => t(`documentStatus.${status}`);

const formats = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: Locale, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}/${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
};

/** "13 maj 2026", "13. toukokuuta 2026", "May 13, 2026": a calendar date (stored at midnight UTC). */
export const formatDate = (date: Date, locale: Locale) => formatter(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(date);
/** "13 maj 2026 kl. 14:05": a moment, in Swedish time whatever the reader's language (the municipality's clock). */
export const formatDateTime = (date: Date, locale: Locale) => formatter(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(date);

/** "2026-05-13", the form used in Swedish documents' metadata. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "Mål A" / "Målsättning 1.1" / "Åtgärd 3.2": a level label with the item's number or code. */
export const numbered = (label: string, code?: string | null) => (code ? `${label} ${code}` : label);

type DocumentLevelLabels = ReturnType<typeof levelLabelColumns>;
const knownAreaLevels = ["goalArea", "focusArea"] as const;

/**
 * A document's level names as a reader of the page's language sees them. Swedish keeps the document's
 * own words ("Målsättning", "Resultatmål"). In Finnish and English they are interface words, not the
 * document's text: the catalogue's name of that level ("Target area", "Goal"), since a document's own
 * variants have no translation (docs/decisions/130). Takes the columns a query selected, any of the six.
 */
export function levelLabelsIn<D extends Partial<DocumentLevelLabels>>(t: Translate, locale: Locale, doc: D): D {
  if (locale === defaultLocale) return doc;
  const sv = translator(defaultLocale);
  const area = knownAreaLevels.find((level) => sv(`levels.${level}.singular`) === doc.areaLabel) ?? "area";
  return {
    ...doc,
    ...levelLabelColumns({
      area: { singular: t(`levels.${area}.singular`), plural: t(`levels.${area}.plural`) },
      goal: { singular: t("levels.goal.singular"), plural: t("levels.goal.plural") },
      action: { singular: t("levels.action.singular"), plural: t("levels.action.plural") },
    }),
  };
}
