import { defineRouting } from "next-intl/routing";

export const locales = ["sv", "fi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "sv";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (locales as readonly string[]).includes(value);

/** A requested language, or Swedish where it is none of the three (a render or request without one). */
export const localeOrDefault = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/**
 * Swedish keeps today's addresses; Finnish and English live under /fi and /en (docs/decisions/130).
 * No detection from Accept-Language and no cookie: a public page's address alone decides its language,
 * which is what lets the caching front store it.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

/** The language an address is in, and the address without its language prefix. */
export function splitLocale(pathname: string): { locale: Locale; rest: string; prefixed: boolean } {
  const match = /^\/(sv|fi|en)(?=\/|$)/.exec(pathname);
  if (!match) return { locale: defaultLocale, rest: pathname, prefixed: false };
  return { locale: match[1] as Locale, rest: pathname.slice(match[0].length) || "/", prefixed: true };
}

/** An address in a language: Swedish unprefixed, the others under their prefix. */
export function localePath(locale: Locale, pathname: string): string {
  if (locale === defaultLocale) return pathname;
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}
