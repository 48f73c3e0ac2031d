import { sv } from "@/lib/i18n/sv";
import { parseKoladaPage, type PlacedRow } from "./parse";

/** Only Kolada's own API is fetched: the address comes from a form, so nothing else on the network is reachable through it. */
const KOLADA_API = "https://api.kolada.se/";
export const MAX_PAGES = 20;

/**
 * Reads a Kolada API address page by page, following `next_page` up to MAX_PAGES. Every page is
 * validated; the first problem stops the reading (nothing is imported then).
 */
export async function fetchKoladaRows(url: string, fetcher: typeof fetch = fetch): Promise<{ rows: PlacedRow[]; problems: string[] }> {
  const rows: PlacedRow[] = [];
  let next: string | null = url;
  for (let page = 1; next; page++) {
    if (page > MAX_PAGES) return { rows: [], problems: [sv.kolada.tooManyPages(MAX_PAGES)] };
    if (!next.startsWith(KOLADA_API)) return { rows: [], problems: [sv.kolada.onlyKolada] };
    let text: string;
    try {
      const response = await fetcher(next, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(20_000) });
      if (!response.ok) return { rows: [], problems: [sv.kolada.fetchFailed(`HTTP ${response.status}`)] };
      text = await response.text();
    } catch (error) {
      return { rows: [], problems: [sv.kolada.fetchFailed((error as Error).message)] };
    }
    const parsed = parseKoladaPage(text, page);
    if (parsed.problems.length > 0) return { rows: [], problems: parsed.problems };
    rows.push(...parsed.rows);
    next = parsed.nextPage;
  }
  return { rows, problems: [] };
}
