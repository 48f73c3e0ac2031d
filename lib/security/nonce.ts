import { contentSecurityPolicy, isHttps } from "./headers";

/** Pages rendered for one request only (admin, sign-in, the links sent by e-mail): they can carry a nonce-based policy. */
export const NONCE_PREFIXES = ["/admin", "/logga-in", "/konto"] as const;

/** Whether a page, by its address without the language prefix, is rendered per request. */
export const needsNonce = (pathname: string) => NONCE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

/**
 * A fresh nonce-based Content-Security-Policy, set on the request (Next.js reads the nonce from it and
 * puts it on its own scripts); the caller sets the returned policy on the response too. Cached public
 * pages keep the shared policy from next.config.ts (docs/decisions/061).
 */
export function addNoncePolicy(headers: Headers): string {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, https: isHttps({ siteUrl: process.env.SITE_URL, authUrl: process.env.NEXTAUTH_URL }) });
  headers.set("Content-Security-Policy", policy);
  return policy;
}
