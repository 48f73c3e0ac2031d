import { NextResponse, type NextRequest } from "next/server";
import { frontHeaders } from "@/lib/front/policy";
import { malformedActionBody } from "@/lib/http/action-body";
import { bodyTooLarge } from "@/lib/http/body-limit";
import { badRequestResponse, malformedAddress, tooLargeResponse } from "@/lib/http/malformed";
import { continueInLocale, redirectToUnprefixed, routeLocale } from "@/lib/i18n/proxy";
import { addNoncePolicy, needsNonce } from "@/lib/security/nonce";

/**
 * Before any route runs:
 * - unreadable input is refused in Swedish (docs/decisions/056): an address that is not UTF-8 text, and a
 *   server-action POST whose body React could not decode, which Next would otherwise answer with a 500;
 * - a body over the upload limit (lib/http/body-limit.ts) is refused in Swedish, before Next cuts or refuses it;
 * - pages are served in their language: Swedish at today's addresses, Finnish and English under /fi and /en
 *   (docs/decisions/130);
 * - per-request pages (admin, sign-in) get a nonce-based Content-Security-Policy (docs/decisions/061);
 * - public responses carry their cache keys and lifetimes for the caching front (docs/decisions/070).
 */
export async function proxy(request: NextRequest) {
  // The raw address as sent: nextUrl has already normalised it.
  const raw = new URL(request.url);
  if (malformedAddress(raw.pathname, raw.search)) return badRequestResponse(raw.pathname);
  if (request.method === "POST" && bodyTooLarge(request)) return tooLargeResponse();
  if (request.method === "POST" && request.headers.has("next-action") && (await malformedActionBody(request))) return badRequestResponse(raw.pathname);

  const route = routeLocale(request);
  if (route.kind === "redirect") return redirectToUnprefixed(route.to);
  if (route.kind === "outside") return withFrontHeaders(NextResponse.next(), request.nextUrl.pathname);

  const headers = new Headers(request.headers);
  if (needsNonce(route.rest)) {
    const policy = addNoncePolicy(headers);
    const response = continueInLocale(route, headers);
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  // The cache keys are the page's, whatever its language: a purge reaches all three (lib/cache-tags.ts).
  return withFrontHeaders(continueInLocale(route, headers), route.rest);
}

function withFrontHeaders(response: NextResponse, pathname: string): NextResponse {
  const headers = frontHeaders(pathname);
  if (headers) for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
