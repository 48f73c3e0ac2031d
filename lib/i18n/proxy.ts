import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, splitLocale, type Locale } from "./routing";

/** Addresses outside the languages: the API, Next's own assets and the site-wide files. */
const OUTSIDE_LOCALES = /^\/(?:(?:api|_next)(?:\/|$)|(?:icon\.svg|favicon\.ico|robots\.txt|sitemap\.xml)$)/;

/** The header next-intl reads the language from where no [locale] segment is at hand (server actions). */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/**
 * Next.js forwards a server action posted to one page to a page that holds it, by an internal request to
 * that route's own pattern ("/[locale]/admin/…"); the language is already in the copied headers, and a
 * rewrite would send it nowhere.
 */
const isForwardedAction = (request: NextRequest) => request.headers.has("x-action-forwarded") && request.headers.has("next-action");

export type LocaleRoute = { kind: "outside" } | { kind: "redirect"; to: URL } | { kind: "page"; locale: Locale; rest: string; rewrite: URL | null };

/**
 * Where an address goes: Swedish pages are served from their unprefixed address (rewritten to the
 * [locale] segment), /fi and /en as they are, and /sv/… sends the reader to the unprefixed address
 * so that each page has one Swedish address to cache and link to.
 */
export function routeLocale(request: NextRequest): LocaleRoute {
  const { pathname, search } = request.nextUrl;
  if (OUTSIDE_LOCALES.test(pathname) || isForwardedAction(request)) return { kind: "outside" };
  const { locale, rest, prefixed } = splitLocale(pathname);
  if (prefixed && locale === defaultLocale) return { kind: "redirect", to: new URL(`${rest}${search}`, request.url) };
  if (prefixed) return { kind: "page", locale, rest, rewrite: null };
  // The origin must be the server's own as Next.js sees it, or the rewrite is taken for an external one
  // and fetched back through here (scripts/lib/next-server.mjs).
  const rewrite = new URL(request.url);
  rewrite.pathname = pathname === "/" ? `/${defaultLocale}` : `/${defaultLocale}${pathname}`;
  return { kind: "page", locale, rest, rewrite };
}

/** Continue to the route, in the page's language, with the request headers given. */
export function continueInLocale(route: Extract<LocaleRoute, { kind: "page" }>, headers: Headers): NextResponse {
  headers.set(LOCALE_HEADER, route.locale);
  return route.rewrite ? NextResponse.rewrite(route.rewrite, { request: { headers } }) : NextResponse.next({ request: { headers } });
}

export const redirectToUnprefixed = (to: URL) => NextResponse.redirect(to, 308);
