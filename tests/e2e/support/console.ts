import { test as base, expect, type Page } from "@playwright/test";

/** Every test fails if the page logs an error or throws: a resident would see a broken page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Clicks a link by its accessible name and checks the page it leads to loaded with 200. */
export async function follow(page: Page, name: string | RegExp, scope = page.locator("main")) {
  const [response] = await Promise.all([
    page.waitForEvent("response", (r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
    scope.getByRole("link", { name, exact: typeof name === "string" }).first().click(),
  ]);
  expect(response.status(), `status of ${response.url()}`).toBe(200);
  await page.waitForLoadState("domcontentloaded");
}
