import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttps } from "./headers";

/** Pages rendered for one request only (admin, sign-in, the links sent by e-mail): they can carry a nonce-based policy. */
export const NONCE_PREFIXES = ["/admin", "/logga-in", "/konto"] as const;

export const needsNonce = (pathname: string) => NONCE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

/**
 * A fresh nonce-based Content-Security-Policy: Next.js reads the nonce from the request's policy and
 * puts it on its own scripts. Cached public pages keep the shared policy from next.config.ts
 * (docs/decisions/061).
 */
export function withNoncePolicy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, https: isHttps({ siteUrl: process.env.SITE_URL, authUrl: process.env.NEXTAUTH_URL }) });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}
