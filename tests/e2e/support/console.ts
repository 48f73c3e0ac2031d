import { test as base, expect, type Page } from "@playwright/test";

/** Every test fails if the page logs an error or throws: a resident would see a broken page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // A Content-Security-Policy violation fails the test even where Chromium would only warn (docs/decisions/061).
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`),
        );
      });
      page.on("console", (msg) => {
        // A refused sign-in is answered 401 by next-auth, which the browser logs; the page handles it.
        const refusedSignIn = msg.location().url.includes("/api/auth/callback/credentials") && msg.text().includes("401");
        if (msg.type() === "error" && !refusedSignIn) errors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Clicks a link by its accessible name, as a resident would, and checks where it leads: the address
 * answers 200 and the browser arrives there. Next's <Link> navigates client-side, so the status is
 * read with a plain request for the same address.
 */
export async function follow(page: Page, name: string | RegExp, scope = page.locator("main")) {
  const link = scope.getByRole("link", { name, exact: typeof name === "string" }).first();
  const href = await link.getAttribute("href");
  expect(href, "the link has an address").toBeTruthy();
  const target = new URL(href!, page.url());
  const response = await page.request.get(target.href);
  expect(response.status(), `status of ${target.pathname}`).toBe(200);
  await link.click();
  await page.waitForURL((url) => url.pathname === target.pathname);
  await page.waitForLoadState("domcontentloaded");
}
