/**
 * The security headers of every response (docs/decisions/061). Pure, so next.config.ts (every
 * response, cached pages included), proxy.ts (the per-request pages) and the tests share one source.
 */

type Site = { siteUrl?: string; authUrl?: string };

/** HTTPS is the site's: then browsers are told to use nothing else, and to upgrade stray http links. */
export const isHttps = ({ siteUrl, authUrl }: Site) => [siteUrl, authUrl].some((url) => url?.startsWith("https://"));

/**
 * The Content-Security-Policy. With a nonce (pages rendered per request: admin, sign-in) scripts run
 * only by that nonce and what they load ('strict-dynamic'). Without one (pages cached and shared
 * between visitors, which cannot carry a per-request nonce) inline scripts are allowed, because
 * Next.js writes each page's data as inline scripts, but scripts from anywhere but this site are not.
 */
export function contentSecurityPolicy(options: { nonce?: string; https?: boolean } = {}): string {
  const scripts = options.nonce ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'` : `'self' 'unsafe-inline'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React writes style attributes (chart bars, Agenda 2030 colours); a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export type Header = { key: string; value: string };

/** Every response's headers, for next.config.ts. */
export function securityHeaders(site: Site): Header[] {
  const https = isHttps(site);
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ https }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Two years, as the preload list asks; subdomains are the municipality's own business.
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000" }] : []),
  ];
}
