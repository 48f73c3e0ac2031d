import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttps } from "@/lib/security/headers";

/**
 * Pages rendered for one request (admin, sign-in) get a nonce-based Content-Security-Policy:
 * Next.js reads the nonce from the request's policy and puts it on its own scripts. Cached public
 * pages keep the shared policy from next.config.ts (docs/decisions/061).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, https: isHttps({ siteUrl: process.env.SITE_URL, authUrl: process.env.NEXTAUTH_URL }) });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/admin/:path*", "/logga-in"],
};
