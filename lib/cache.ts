import { cache } from "react";
import { unstable_cache } from "next/cache";

/**
 * A read model for public pages: deduplicated within one request (page + metadata) and kept in
 * Next's data cache under the given tags, which the page then carries too. Results must be plain
 * JSON (dates as ISO strings), since the data cache stores JSON.
 */
export function cachedQuery<A extends (string | number)[], R>(
  name: string,
  tagsFor: (...args: A) => string[],
  query: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return cache((...args: A) =>
    unstable_cache(() => query(...args), [name, ...args.map(String)], { tags: tagsFor(...args) })(),
  );
}
