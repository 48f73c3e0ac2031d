import { cache } from "react";
import { unstable_cache } from "next/cache";

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
    unstable_cache(() => query(...args), [name, ...args.map(String)], { tags: tagsFor(...args) })(),
  );
  return Object.assign(cached, { uncached: query });
}
