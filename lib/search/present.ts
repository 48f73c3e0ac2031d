import { numbered } from "@/lib/labels";
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
  snippet: MarkedText;
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

/** Where a hit lives, so a reader can tell two similar titles apart: "Provkommunen · Strategi … · Mål A". */
function kicker(t: Translate, r: SearchRow): string {
  const level = r.level_label ? numbered(r.level_label, r.code) : null;
  const followUp = r.kind === "followup" && r.extra ? t("search.followUpIn", { period: r.extra }) : null;
  return [r.m_name, r.kind === "document" ? null : r.d_title, followUp, level].filter(Boolean).join(" · ");
}

/** A hit as the results list and the Atom feed show it, its words (status, standing) in the reader's language. */
export function presentHit(t: Translate, r: SearchRow): SearchHit {
  return {
    key: `${r.kind}-${r.id}`,
    href: href(r),
    title: parseMarked(r.title),
    kicker: kicker(t, r),
    snippet: parseMarked(r.snippet ?? ""),
    status: r.status ? t(`followUp.actionStatus.${r.status}`) : null,
    standing: r.standing ? t(`standing.${r.standing}`) : null,
  };
}
