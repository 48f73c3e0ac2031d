import { cache } from "react";
import { revalidateTag, unstable_cache } from "next/cache";
import { after } from "next/server";
import { cacheTags } from "./cache-tags";
import { env } from "./env";
import { purgeFront } from "./front/purge";
import { expireInSharedCache } from "./shared-cache/expire";

/**
 * Backstop for writes made outside the running server (a content import from the command line) when
 * there is no shared cache (`REDIS_URL`) they could expire: cached data is refreshed after an hour at the latest.
 */
const BACKSTOP_SECONDS = 3600;

/** The same parameters as the same key, whatever order they were given in. */
export const stableKey = (params: Record<string, unknown>) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(params)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );

/**
 * A cached read model, with the query behind it for callers outside a Next.js request (tests, benchmarks)
 * and the tags it is kept under (the caching front's keys must include them, tests/integration/cache-keys.test.ts).
 */
export type CachedQuery<A extends (string | number)[], R> = ((...args: A) => Promise<R>) & {
  uncached: (...args: A) => Promise<R>;
  tagsFor: (...args: A) => string[];
};

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
  return Object.assign(cached, { uncached: query, tagsFor });
}

/**
 * Expires every page carrying one of these tags at once, wherever the write ran: the very next request,
 * on any instance and through the caching front, renders fresh (docs/decisions/009, 070, 071).
 * - In the server: `revalidateTag(tag, { expire: 0 })`. NOTE: `revalidateTag(tag, "max")` would serve
 *   one stale response first, and `updateTag` works only in server actions.
 * - In the cache all instances share (`REDIS_URL`): written here, before the front is purged, because
 *   Next applies `revalidateTag` only when the request ends; from the command line this is the only way.
 * - In the caching front (`CACHE_PURGE_URLS`): purged now, and once more when the request has ended,
 *   in case the front fetched the page again from this process before its own expiry applied.
 */
export async function expireTags(tags: Iterable<string>) {
  const affected = new Set(tags);
  if (affected.size === 0) return;
  // Any change a public page shows can change a search result or an open-data list too.
  affected.add(cacheTags.publicData());
  const inServer = [...affected].every(expireInServer);
  await expireInSharedCache(affected);
  await purgeFront(affected);
  if (inServer && env.CACHE_PURGE_URLS.length > 0) after(() => purgeFront(affected));
}

/** False outside a Next.js request (command-line scripts, tests), where there is no server cache to expire. */
function expireInServer(tag: string) {
  try {
    revalidateTag(tag, { expire: 0 });
    return true;
  } catch (error) {
    if (String(error).includes("static generation store missing")) return false;
    throw error;
  }
}
