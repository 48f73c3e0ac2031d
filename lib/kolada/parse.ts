import { translateMessage, type Translate } from "@/lib/i18n/message";
import { koladaPageSchema, type KoladaRow } from "./schema";

/** A row with where it stood: page (when fetched in pages) and its 1-based place in `values`. */
export type PlacedRow = KoladaRow & { page: number | null; row: number };

type ParsedPage = { rows: PlacedRow[]; nextPage: string | null; problems: string[] };

/** "Rad 4 (N00945, 0181, 2023)": a row as people find it in the file, in the reader's language. */
export function rowLabel(t: Translate, page: number | null, index: number, raw: unknown): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  const known = [r.kpi, r.municipality, r.period].filter((v) => typeof v === "string" || typeof v === "number");
  const row = page === null ? t("kolada.rowNoPage", { row: index + 1 }) : t("kolada.row", { page, row: index + 1 });
  return `${row}${known.length ? ` (${known.join(", ")})` : ""}`;
}

/** Organisational-unit data (`/oudata`: schools, care homes) has `ou` where municipal data has `municipality`. */
const isOuData = (rows: unknown[]) => rows.some((r) => typeof r === "object" && r !== null && "ou" in r && !("municipality" in r));

/**
 * One page of Kolada JSON (API v3 or v2), validated: its rows, the next page's address (`next_url` in
 * v3, `next_page` in v2), and every problem named by row and field ("Rad 4 (N00945, 0181): period: Ange
 * året med fyra siffror…") in the translator's language.
 */
export function parseKoladaPage(t: Translate, text: string, page: number | null = null): ParsedPage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { rows: [], nextPage: null, problems: [t("kolada.notJson", { detail: (error as Error).message })] };
  }
  const rawRows = Array.isArray((json as { values?: unknown })?.values) ? (json as { values: unknown[] }).values : [];
  if (isOuData(rawRows)) return { rows: [], nextPage: null, problems: [t("kolada.ouData")] };
  const result = koladaPageSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [top, index, ...field] = issue.path;
      const problem = translateMessage(t, issue.message);
      if (top === "values" && typeof index === "number") return `${rowLabel(t, page, index, rawRows[index])}: ${field.join(".") || "values"}: ${problem}`;
      return issue.path.length > 0 ? `${issue.path.join(".")}: ${problem}` : problem;
    });
    return { rows: [], nextPage: null, problems };
  }
  const { values, next_url, next_page } = result.data;
  return { rows: values.map((r, i) => ({ ...r, page, row: i + 1 })), nextPage: next_url || next_page || null, problems: [] };
}
