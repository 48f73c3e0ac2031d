import { env } from "@/lib/env";

const TIMEOUT_MS = 2000;

/**
 * Purges every stored response carrying one of these keys from each caching front (`CACHE_PURGE_URLS`),
 * with xkey's soft purge (lib/front/front.vcl). A front that cannot be reached is reported, not
 * thrown: the write is already saved, and the front's lifetime bounds what it shows (an hour).
 */
export async function purgeFront(tags: Iterable<string>) {
  const keys = [...new Set(tags)].join(" ");
  if (!keys || env.CACHE_PURGE_URLS.length === 0) return;
  await Promise.all(
    env.CACHE_PURGE_URLS.map(async (url) => {
      try {
        const response = await fetch(url, { method: "PURGE", headers: { xkey: keys }, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (!response.ok) console.error(`[cache] ${url} vägrade rensningen (${response.status}).`);
      } catch (error) {
        console.error(`[cache] ${url} kunde inte rensas: ${(error as Error).message}`);
      }
    }),
  );
}
