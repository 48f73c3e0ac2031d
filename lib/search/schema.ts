import { z } from "zod";
import { freeText, params, parseParams, type ParsedParams } from "@/lib/filters/schema";
import { MAX_QUERY_LENGTH } from "./tsquery";

/** What search can find, in the order the results page shows them. */
export const searchKinds = ["document", "section", "area", "goal", "action", "followup", "network", "example", "knowledge"] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The kinds as they appear in the address (`?typ=atgard`). */
export const kindSlugs: Record<SearchKind, string> = {
  document: "dokument",
  section: "avsnitt",
  area: "omrade",
  goal: "mal",
  action: "atgard",
  followup: "uppfoljning",
  network: "natverk",
  example: "gott-exempel",
  knowledge: "kunskap",
};
/** A Map, so `?typ=constructor` is an unknown kind, not a property of every object. */
const kindBySlug = new Map(Object.entries(kindSlugs).map(([kind, slug]) => [slug, kind as SearchKind]));

export const searchParamsShape = {
  q: freeText(MAX_QUERY_LENGTH, "params.q"),
  typ: z
    .string()
    .refine((s) => kindBySlug.has(s), "params.typ")
    .transform((s) => kindBySlug.get(s)!),
  kommun: params.kommun,
  dokument: params.dokument,
  omrade: params.omrade,
  status: params.status,
  agenda: params.agenda,
  sida: params.sida,
};

export type SearchParams = ParsedParams<typeof searchParamsShape>;
export type SearchFilter = "kommun" | "dokument" | "omrade" | "status" | "agenda";
export const searchFilters: SearchFilter[] = ["kommun", "dokument", "omrade", "status", "agenda"];

export const parseSearchParams = (raw: Parameters<typeof parseParams>[1]) => parseParams(searchParamsShape, raw);

/** The address of a search, in the order the form sends it; `typ` as its slug. */
export function searchQuery(p: SearchParams): Record<string, string | number | undefined> {
  return {
    q: p.q,
    kommun: p.kommun,
    dokument: p.dokument,
    omrade: p.omrade,
    status: p.status,
    agenda: p.agenda,
    typ: p.typ ? kindSlugs[p.typ] : undefined,
    sida: p.sida && p.sida > 1 ? p.sida : undefined,
  };
}
