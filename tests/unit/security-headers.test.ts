import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

const header = (site: Parameters<typeof securityHeaders>[0], key: string) => securityHeaders(site).find((h) => h.key === key)?.value;

describe("security headers (docs/decisions/061)", () => {
  it("ask for HTTPS only when the site is https", () => {
    expect(header({ siteUrl: "https://portal.example.se" }, "Strict-Transport-Security")).toBe("max-age=63072000");
    expect(header({ siteUrl: "http://localhost:3000", authUrl: "https://portal.example.se" }, "Strict-Transport-Security")).toBe("max-age=63072000");
    expect(header({ siteUrl: "http://localhost:3000", authUrl: "http://127.0.0.1:3000" }, "Strict-Transport-Security")).toBeUndefined();
    expect(header({ siteUrl: "https://portal.example.se" }, "Content-Security-Policy")).toContain("upgrade-insecure-requests");
    expect(header({}, "Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });

  it("never allow eval, plugins, other bases, framing or posting elsewhere", () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ nonce: "abc" })]) {
      expect(policy).not.toContain("unsafe-eval");
      for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"])
        expect(policy).toContain(d);
    }
    expect(contentSecurityPolicy({ nonce: "abc" })).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(contentSecurityPolicy({ nonce: "abc" })).not.toContain("script-src 'self' 'unsafe-inline'");
  });
});
