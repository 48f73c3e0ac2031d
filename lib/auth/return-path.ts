import { adminPaths } from "@/lib/admin-paths";

// C0 and C1 control characters (browsers strip tabs and newlines inside URLs, so "/\t/evil" becomes
// "//evil") and backslashes (which browsers read as "/").
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;
const MAX_LENGTH = 2000;
// A path, or an absolute address (kept only if it is this site's); nothing relative to the current page.
const PATH_OR_ADDRESS = /^(\/|https?:\/\/)/i;

/**
 * The one reading of a "return here after signing in" value (the sign-in page's `tillbaka`, next-auth's
 * callbackUrl): a path on this site, or the admin start page. The value is parsed as a URL against
 * the site's origin and kept only when it stays on that origin; what is returned is the normalised
 * path, never the raw value, so it cannot become "//other.site" on the way to the browser.
 */
export function safeReturnPath(candidate: unknown, origin: string): string {
  const fallback = adminPaths.home();
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > MAX_LENGTH || UNSAFE.test(candidate)) return fallback;
  if (!PATH_OR_ADDRESS.test(candidate)) return fallback;
  const site = new URL(origin);
  let url: URL;
  try {
    url = new URL(candidate, site);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== site.origin || !path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
