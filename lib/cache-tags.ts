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
