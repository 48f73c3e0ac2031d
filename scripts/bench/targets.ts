import { paths } from "@/lib/paths";

/**
 * Every address the benchmark requests, in one place. A page kind whose address answers 404 in
 * this build is reported as "saknas".
 */

/** Real items of the data set that the addresses are built from (read from the bench database). */
export type Sample = {
  municipality: string;
  strategy: string;
  plan: string;
  area: string;
  /** The goal page measured cached, and served by nginx as the static reference. */
  goal: string;
  action: string;
  /** Goal pages of every synthetic municipality, for the uncached load. */
  goalPaths: string[];
  /** Every synthetic municipality, in a fixed random order. */
  municipalities: string[];
};

/** A common word in the synthetic data set (area titles, goals and actions mention children everywhere). */
export const SEARCH_QUERY = "barn";

export type PageKind = { key: string; label: string; path: (s: Sample) => string };

/** Page kinds whose SQL queries (uncached render) and client JavaScript are measured. */
export const pageKinds: PageKind[] = [
  { key: "home", label: "Start page", path: () => paths.home() },
  { key: "municipality", label: "Municipality", path: (s) => paths.municipality(s.municipality) },
  { key: "document", label: "Document", path: (s) => paths.document(s.municipality, s.strategy) },
  { key: "area", label: "Area", path: (s) => paths.area(s.municipality, s.strategy, s.area) },
  { key: "goal", label: "Goal", path: (s) => paths.goal(s.municipality, s.strategy, s.goal) },
  { key: "action", label: "Action", path: (s) => paths.action(s.municipality, s.plan, s.action) },
  { key: "agenda2030Goal", label: "Agenda 2030 goal", path: () => paths.agenda2030Goal(3) },
  { key: "search", label: `Search (/sok?q=${SEARCH_QUERY})`, path: () => `/sok?q=${SEARCH_QUERY}` },
  { key: "api", label: "Open data JSON (/api/v1)", path: (s) => `/api/v1/actions.json?kommun=${s.municipality}` },
];

/**
 * Load targets. `bypassCache` sends Next.js's draft-mode cookie, so every request renders and
 * queries the database (docs/decisions/022-benchmark-method.md); `static` is served by nginx.
 */
export type LoadTarget = {
  key: string;
  label: string;
  server: "next" | "static";
  bypassCache: boolean;
  /** Page kind (above) whose SQL query count and client JavaScript belong to this target. */
  pageKind?: string;
  paths: (s: Sample) => string[];
};

export const loadTargets: LoadTarget[] = [
  { key: "static", label: "Static file (nginx)", server: "static", bypassCache: false, paths: () => ["/goal.html"] },
  {
    key: "goalCached",
    label: "Goal page, cached",
    server: "next",
    bypassCache: false,
    pageKind: "goal",
    paths: (s) => [paths.goal(s.municipality, s.strategy, s.goal)],
  },
  { key: "goalUncached", label: "Goal page, uncached", server: "next", bypassCache: true, pageKind: "goal", paths: (s) => s.goalPaths },
  // As residents meet search: a common query asked again and again (its results cached until content changes)…
  {
    key: "search",
    label: `Search, a common query (/sok?q=${SEARCH_QUERY})`,
    server: "next",
    bypassCache: false,
    pageKind: "search",
    paths: (s) => [pageKind("search").path(s)],
  },
  // …and a query new to the server on every request: the word within each municipality in turn.
  {
    key: "searchNew",
    label: `Search, a new query each time (q=${SEARCH_QUERY} in each municipality)`,
    server: "next",
    bypassCache: false,
    pageKind: "search",
    paths: (s) => s.municipalities.map((m) => `${pageKind("search").path(s)}&kommun=${m}`),
  },
  { key: "api", label: "Open data JSON list", server: "next", bypassCache: false, pageKind: "api", paths: (s) => [pageKind("api").path(s)] },
];

export function pageKind(key: string): PageKind {
  const kind = pageKinds.find((k) => k.key === key);
  if (!kind) throw new Error(`Okänd sidtyp: ${key}`);
  return kind;
}
