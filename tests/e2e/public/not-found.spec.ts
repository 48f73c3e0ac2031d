import { expect, test } from "../support/console";

const missing = [
  "/finns-inte",
  "/sodertalje/dokument/finns-inte",
  "/sodertalje/dokument/handlingsplan-social-hallbarhet-2026-2030/mal/finns-inte",
  "/sodertalje/dokument/handlingsplan-social-hallbarhet-2026-2030/atgard/finns-inte",
  "/sodertalje/dokument/handlingsplan-social-hallbarhet-2026-2030/omrade/finns-inte",
  "/katrineholm/goda-exempel/finns-inte",
  // A municipality without networks (no test adds any to Ängelholm; the admin tests write to Södertälje).
  "/angelholm/natverk",
  "/agenda-2030/mal-18",
  "/agenda-2030/finns-inte",
  "/sodertalje/dokument/handlingsplan-social-hallbarhet-2026-2030/mal/a/b/c",
];

test.describe("unknown addresses", () => {
  for (const path of missing) {
    test(`${path} gives the Swedish 404 page`, async ({ page, consoleErrors }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
      await expect(page.getByRole("link", { name: /Startsida/ })).toBeVisible();
      // Chromium logs the 404 response of the document itself; nothing else may fail.
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes("status of 404")));
    });
  }
});

test("an unknown address in Finnish or English gives that language's 404 page", async ({ page, consoleErrors }) => {
  for (const [path, heading] of [
    ["/fi/ei-ole/ei/ole", /\S/],
    ["/en/not/here/at/all", /\S/],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", path.slice(1, 3));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Sidan finns inte");
  }
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes("status of 404")));
});
