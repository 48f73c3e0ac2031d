import { localePath, locales, type Locale } from "./routing";

/** Open Graph's locale names. */
export const ogLocale: Record<Locale, string> = { sv: "sv_SE", fi: "fi_FI", en: "en_GB" };

/**
 * A page's addresses in every language, for `hreflang` alternates and the sitemap: the same path,
 * Swedish unprefixed (also the x-default).
 */
export function languageAlternates(pathname: string): Record<string, string> {
  const entries: [string, string][] = locales.map((l: Locale) => [l, localePath(l, pathname)]);
  return Object.fromEntries([...entries, ["x-default", pathname]]);
}
