import { tagsForPath } from "@/lib/cache-tags";

/**
 * Addresses never stored by the front: what depends on who asks (their cookies reach the app) and the
 * health check. The VCL (lib/front/front.vcl) is rendered with the same list.
 */
export const UNCACHED_PREFIXES = ["/admin", "/logga-in", "/konto", "/api/auth", "/api/health"] as const;

/**
 * How long the caching front keeps a public response. It is purged by tag on every write, so it may
 * keep it long; the hour matches the data cache's backstop (docs/decisions/009), so a purge that never
 * arrived costs no more than a write from outside the server once did.
 */
export const FRONT_SECONDS = 3600;

/**
 * What caches nobody purges (a proxy on the way, the browser) may do: keep a public page a minute at
 * most, about as long as a publish may take to reach a resident anyway.
 */
export const SHARED_SECONDS = 60;

/** Build assets and the icon carry Next.js's own (immutable) caching headers. */
const NEXT_ASSETS = /^\/(_next\/|icon\.svg$|favicon\.ico$)/;

export const isUncachedPath = (pathname: string) => UNCACHED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

/**
 * The caching headers of a public response: its cache keys (`xkey`, indexed and removed by the front),
 * a long lifetime for the front alone (`Surrogate-Control`) and a short one for every other cache.
 * Null for uncached addresses, which keep the headers Next.js gives them (`private, no-store`).
 */
export function frontHeaders(pathname: string): Record<string, string> | null {
  if (NEXT_ASSETS.test(pathname) || isUncachedPath(pathname)) return null;
  return {
    xkey: tagsForPath(pathname).join(" "),
    "Surrogate-Control": `max-age=${FRONT_SECONDS}`,
    "Cache-Control": `public, max-age=0, s-maxage=${SHARED_SECONDS}`,
  };
}
