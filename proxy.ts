import { NextResponse, type NextRequest } from "next/server";
import { frontHeaders } from "@/lib/front/policy";
import { malformedActionBody } from "@/lib/http/action-body";
import { bodyTooLarge } from "@/lib/http/body-limit";
import { badRequestResponse, malformedAddress, tooLargeResponse } from "@/lib/http/malformed";
import { needsNonce, withNoncePolicy } from "@/lib/security/nonce";

/**
 * Before any route runs:
 * - unreadable input is refused in Swedish (docs/decisions/056): an address that is not UTF-8 text, and a
 *   server-action POST whose body React could not decode, which Next would otherwise answer with a 500;
 * - a body over the upload limit (lib/http/body-limit.ts) is refused in Swedish, before Next cuts or refuses it;
 * - per-request pages (admin, sign-in) get a nonce-based Content-Security-Policy (docs/decisions/061);
 * - public responses carry their cache keys and lifetimes for the caching front (docs/decisions/070).
 */
export async function proxy(request: NextRequest) {
  // The raw address as sent: nextUrl has already normalised it.
  const raw = new URL(request.url);
  if (malformedAddress(raw.pathname, raw.search)) return badRequestResponse(raw.pathname);
  if (request.method === "POST" && bodyTooLarge(request)) return tooLargeResponse();
  if (request.method === "POST" && request.headers.has("next-action") && (await malformedActionBody(request))) return badRequestResponse(raw.pathname);

  const { pathname } = request.nextUrl;
  if (needsNonce(pathname)) return withNoncePolicy(request);
  const headers = frontHeaders(pathname);
  const response = NextResponse.next();
  if (headers) for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
