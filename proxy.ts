import { NextResponse, type NextRequest } from "next/server";
import { frontHeaders } from "@/lib/front/policy";
import { needsNonce, withNoncePolicy } from "@/lib/security/nonce";

/**
 * Per-request pages (admin, sign-in) get a nonce-based Content-Security-Policy (docs/decisions/061);
 * public responses carry their cache keys and lifetimes for the caching front (docs/decisions/070).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (needsNonce(pathname)) return withNoncePolicy(request);
  const headers = frontHeaders(pathname);
  const response = NextResponse.next();
  if (headers) for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build assets and images carry Next.js's own (immutable) caching headers.
  matcher: ["/((?!_next/|icon.svg|favicon.ico).*)"],
};
