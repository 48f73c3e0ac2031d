import { levelLabelColumns, levelLabelsIn, numbered } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import type { Translate } from "@/lib/i18n/message";
import { sectionAnchor } from "@/lib/documents/sections";
import { parseMarked, type MarkedText } from "./marked";
import type { SearchRow } from "./queries";

export type SearchHit = {
  key: string;
  href: string;
  title: MarkedText;
  kicker: string;
  /** The kicker in pieces, each with its language, so a page can mark the Swedish ones (a title with no translation, a period). */
  kickerParts: { text: string; lang: Locale }[];
  snippet: MarkedText;
  /** A translation's language, or "sv" where the hit's text has none (docs/decisions/133). */
  titleLang: Locale;
  snippetLang: Locale;
  status: string | null;
  /** "Ersatt" or "Har upphört att gälla" for a hit in a document that no longer steers. */
  standing: string | null;
};

function href(r: SearchRow): string {
  const [m, d, item] = [r.m_slug, r.d_slug ?? "", r.item_slug ?? ""];
  switch (r.kind) {
    case "document":
      return paths.document(m, d);
    case "section":
      return `${paths.document(m, d)}#${sectionAnchor(r.anchor_text ?? "", Number(r.extra))}`;
    case "area":
      return paths.area(m, d, item);
    case "goal":
      return paths.goal(m, d, item);
    case "action":
    case "followup":
      return paths.action(m, d, item);
    case "network":
      return `${paths.networks(m)}#${item}`;
    case "example":
      return paths.goodExample(m, item);
    case "knowledge":
      return paths.knowledgePage(m, item);
  }
}

/** The document's name for the hit's level, in the page's language (lib/labels.ts levelLabelsIn). */
function levelLabel(t: Translate, locale: Locale, r: SearchRow): string | null {
  if (!r.level_label) return null;
  const own = { singular: r.level_label, plural: r.level_label };
  const labels = levelLabelsIn(t, locale, levelLabelColumns({ area: own, goal: own, action: own }));
  return r.kind === "area" ? labels.areaLabel : r.kind === "goal" ? labels.goalLabel : labels.actionLabel;
}

type Part = { text: string; lang: Locale };

/** Where a hit lives, so a reader can tell two similar titles apart: "Provkommunen · Strategi … · Mål A". */
function kickerParts(t: Translate, locale: Locale, r: SearchRow): Part[] {
  const level = levelLabel(t, locale, r);
  // The period's title is Swedish text inside the sentence: translated around a placeholder, then split.
  const followUp: Part[] | null =
    r.kind === "followup" && r.extra
      ? t("search.followUpIn", { period: "\u0000" })
          .split("\u0000")
          .flatMap((text, i) =>
            i === 0
              ? [{ text, lang: locale }]
              : [
                  { text: r.extra!, lang: "sv" as const },
                  { text, lang: locale },
                ],
          )
          .filter((p) => p.text)
      : null;
  const pieces: Part[][] = [
    [{ text: r.m_name, lang: locale }],
    ...(r.kind !== "document" && r.d_title ? [[{ text: r.d_title, lang: r.d_title_lang }]] : []),
    ...(followUp ? [followUp] : []),
    ...(level ? [[{ text: numbered(level, r.code), lang: locale }]] : []),
  ];
  return pieces.flatMap((piece, i) => (i === 0 ? piece : [{ text: " · ", lang: locale }, ...piece]));
}

/** A hit as the results list and the Atom feed show it, its words (status, standing) in the reader's language. */
export function presentHit(t: Translate, r: SearchRow, locale: Locale = "sv"): SearchHit {
  const parts = kickerParts(t, locale, r);
  return {
    key: `${r.kind}-${r.id}`,
    href: href(r),
    title: parseMarked(r.title),
    kicker: parts.map((p) => p.text).join(""),
    kickerParts: parts,
    snippet: parseMarked(r.snippet ?? ""),
    titleLang: r.title_lang,
    snippetLang: r.snippet_lang ?? "sv",
    status: r.status ? t(`followUp.actionStatus.${r.status}`) : null,
    standing: r.standing ? t(`standing.${r.standing}`) : null,
  };
}
