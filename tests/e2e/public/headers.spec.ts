import { expect, test } from "../support/console";
import { pageKinds } from "../support/page-kinds";
import { signIn } from "../support/sign-in";

// The security headers of every kind of response (docs/decisions/061). The test server is plain
// http, so no HSTS here; tests/unit/security-headers.test.ts covers https.

const shared = {
  ...pageKinds,
  search: "/sok?q=barn",
  "open data": "/oppna-data",
  feed: "/sodertalje/flode.atom",
  "open-data JSON": "/api/v1/goals.json",
  "open-data CSV": "/api/v1/actions.csv",
  "not found": "/finns-inte-alls",
} as const;

const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

function expectStrictBase(headers: Record<string, string>, path: string) {
  const policy = headers["content-security-policy"];
  expect(policy, `${path}: one Content-Security-Policy`).toBeTruthy();
  expect(policy, path).not.toContain(",");
  const d = directives(policy!);
  expect(d.get("default-src"), path).toEqual(["'self'"]);
  expect(d.get("object-src"), path).toEqual(["'none'"]);
  expect(d.get("base-uri"), path).toEqual(["'self'"]);
  expect(d.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(d.get("form-action"), path).toEqual(["'self'"]);
  expect(policy, path).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["strict-transport-security"], `${path}: no HSTS over http`).toBeUndefined();
  return d;
}

for (const [kind, path] of Object.entries(shared)) {
  test(`${kind} (${path}) carries the shared policy: scripts only from this site and inline`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    const d = expectStrictBase(response.headers(), path);
    expect(d.get("script-src"), path).toEqual(["'self'", "'unsafe-inline'"]);
  });
}

test("the pages rendered per request (sign-in, admin) run scripts by a fresh nonce only, and log no violation", async ({ page }) => {
  const nonces = new Set<string>();
  for (const path of ["/logga-in", "/logga-in"]) {
    const response = await page.request.get(path);
    const d = expectStrictBase(response.headers(), path);
    const [self, nonce, strictDynamic] = d.get("script-src")!;
    expect([self, strictDynamic]).toEqual(["'self'", "'strict-dynamic'"]);
    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{20,}'$/);
    nonces.add(nonce!);
    // The page's own scripts carry it.
    expect(await response.text()).toContain(`nonce="${nonce!.slice(7, -1)}"`);
  }
  expect(nonces.size, "a new nonce per response").toBe(2);

  // In the browser: signing in, the admin pages and a public page run without one violation (the console fixture fails on any).
  await signIn(page, "admin", "/admin/sodertalje");
  for (const path of ["/admin/sodertalje", "/admin/sodertalje/logg", pageKinds.goal, "/sok?q=barn"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectStrictBase(await response!.allHeaders(), path);
  }
});
