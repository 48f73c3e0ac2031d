import { cache } from "react";
import { revalidateTag, unstable_cache } from "next/cache";
import { cacheTags } from "./cache-tags";

/**
 * Backstop for writes made outside the running server (a content import from the command line):
 * such writes cannot expire the server's cache, so cached data is refreshed after an hour at the latest.
 */
const BACKSTOP_SECONDS = 3600;

/** The same parameters as the same key, whatever order they were given in. */
export const stableKey = (params: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b))));

/** A cached read model, with the query behind it for callers outside a Next.js request (tests, benchmarks). */
export type CachedQuery<A extends (string | number)[], R> = ((...args: A) => Promise<R>) & { uncached: (...args: A) => Promise<R> };

/**
 * A read model for public pages: deduplicated within one request (page + metadata) and kept in
 * Next's data cache under the given tags, which the page then carries too. Results must be plain
 * JSON (dates as ISO strings), since the data cache stores JSON.
 */
export function cachedQuery<A extends (string | number)[], R>(
  name: string,
  tagsFor: (...args: A) => string[],
  query: (...args: A) => Promise<R>,
): CachedQuery<A, R> {
  const cached = cache((...args: A) =>
    unstable_cache(() => query(...args), [name, ...args.map(String)], { tags: tagsFor(...args), revalidate: BACKSTOP_SECONDS })(),
  );
  return Object.assign(cached, { uncached: query });
}

/**
 * Expires every page carrying one of these tags at once: the very next request renders fresh.
 * NOTE: `revalidateTag(tag, "max")` would serve one stale response first, and `updateTag` works only
 * in server actions; `{ expire: 0 }` expires at once from server actions and route handlers alike.
 * Outside a Next.js request (command-line scripts) there is no server cache to expire here.
 */
export function expireTags(tags: Iterable<string>) {
  const affected = new Set(tags);
  if (affected.size === 0) return;
  // Any change a public page shows can change a search result or an open-data list too.
  affected.add(cacheTags.publicData());
  for (const tag of affected) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!String(error).includes("static generation store missing")) throw error;
    }
  }
}
