import type { Translate } from "@/lib/i18n/message";
import { checkKoladaAddress } from "./address";
import { parseKoladaPage, type PlacedRow } from "./parse";

/** At most this many pages (Kolada sends up to 5 000 rows a page) before the import refuses, so a runaway query cannot run forever. */
export const MAX_PAGES = 20;

export type KoladaRead = { rows: PlacedRow[]; pages: number; problems: string[] };

const refused = (problem: string): KoladaRead => ({ rows: [], pages: 0, problems: [problem] });

/**
 * Reads a Kolada API address page by page, following every next-page link (`next_url` in v3,
 * `next_page` in v2) up to MAX_PAGES. Every address, the links included, must pass
 * checkKoladaAddress; redirects are not followed, so nothing else on the network is reached.
 * Every page is validated; the first problem stops the reading (nothing is imported then).
 */
export async function fetchKoladaRows(t: Translate, address: string): Promise<KoladaRead> {
  const rows: PlacedRow[] = [];
  let next: string | null = address;
  let page = 0;
  while (next) {
    if (page === MAX_PAGES) return refused(t("kolada.tooManyPages", { max: MAX_PAGES, rows: MAX_PAGES * 5000 }));
    page++;
    const checked = checkKoladaAddress(next);
    if ("problem" in checked) return refused(t(`kolada.address.${checked.problem}`));
    let text: string;
    try {
      const response = await fetch(checked.url, { headers: { accept: "application/json" }, redirect: "error", signal: AbortSignal.timeout(20_000) });
      if (!response.ok) return refused(t("kolada.fetchFailed", { status: `HTTP ${response.status}` }));
      text = await response.text();
    } catch (error) {
      return refused(t("kolada.fetchFailed", { status: (error as Error).message }));
    }
    const parsed = parseKoladaPage(t, text, page);
    if (parsed.problems.length > 0) return { rows: [], pages: page, problems: parsed.problems };
    rows.push(...parsed.rows);
    next = parsed.nextPage;
  }
  return { rows, pages: page, problems: [] };
}

/** A downloaded file is one page: one that links to a next page would silently lack the rest, so it is refused. */
export function readKoladaFile(t: Translate, text: string): KoladaRead {
  const parsed = parseKoladaPage(t, text);
  if (parsed.problems.length > 0) return { rows: [], pages: 1, problems: parsed.problems };
  if (parsed.nextPage) return refused(t("kolada.fileHasMorePages"));
  return { rows: parsed.rows, pages: 1, problems: [] };
}
