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
} as const;
