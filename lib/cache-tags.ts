/**
 * The one place that names cache tags. Tags name what a page shows by stable identity (slugs),
 * so a write can expire exactly the affected pages without reading them first
 * (see docs/decisions/003-cache-tags.md).
 */
export const cacheTags = {
  /** Every page that lists municipalities. */
  municipalities: () => "municipalities",
  /** Every page of one municipality. */
  municipality: (m: string) => `municipality:${m}`,
  /** A document's own page and every area, goal and action page under it. */
  document: (m: string, d: string) => `document:${m}/${d}`,
  /** One public page, by its path. */
  page: (path: string) => `page:${path}`,
  /** The Agenda 2030 index and goal pages, which gather links from every municipality. */
  agenda2030: () => "agenda2030",
  /** Every page part that shows a municipality's published follow-up; publishing a period expires it (docs/decisions/033). */
  followUp: (m: string) => `followup:${m}`,
  /** The follow-up reports, their CSV and feed, which name items of every document: content edits expire it too. */
  followUpReports: (m: string) => `followup-reports:${m}`,
  /**
   * Search results and open-data lists: built from all public content, so every public change expires
   * them (`expireTags` adds this tag to every expiry).
   */
  publicData: () => "public-data",
} as const;

/** First path segments that are the portal's own pages, not a municipality's slug. */
const nationalSections = new Map<string, string[]>([
  ["", [cacheTags.municipalities()]],
  ["agenda-2030", [cacheTags.agenda2030(), cacheTags.municipalities()]],
  ["tillganglighet", [cacheTags.municipalities()]],
  ["sok", [cacheTags.publicData()]],
  ["oppna-data", [cacheTags.publicData()]],
  ["api", [cacheTags.publicData()]],
  ["sitemap.xml", [cacheTags.publicData()]],
]);

/**
 * Sections of a municipality's pages that show more than the municipality's own tags name. Maps, not
 * objects: a segment is whatever the address says (`__proto__`, `constructor`).
 */
const municipalSections = new Map<string, (m: string, d: string | undefined) => string[]>([
  ["dokument", (m, d) => (d ? [cacheTags.document(m, d)] : [])],
  ["uppfoljning", (m) => [cacheTags.followUpReports(m)]],
  ["agenda-2030", () => [cacheTags.agenda2030()]],
  // The feed lists published changes from every document, read uncached like search.
  ["flode.atom", () => [cacheTags.publicData()]],
]);

/**
 * The tags of every page a public address can show, from the address alone: a superset of the tags
 * its cached queries carry (decision 003 derives every tag from an address), so the caching front
 * can index a response by them and purge it whenever the app expires one (docs/decisions/070).
 * Includes `page:` for the address and each address above it (a goal's "underlag" shows the goal).
 */
export function tagsForPath(pathname: string): string[] {
  const segments = pathname.split("/").filter(Boolean);
  const pages = segments.length === 0 ? [cacheTags.page("/")] : segments.map((_, i) => cacheTags.page(`/${segments.slice(0, i + 1).join("/")}`));
  const [first = "", second = "", third] = segments;
  const own = nationalSections.get(first) ?? [
    cacheTags.municipality(first),
    cacheTags.followUp(first),
    ...(municipalSections.get(second)?.(first, third) ?? []),
  ];
  return [...own, ...pages];
}
