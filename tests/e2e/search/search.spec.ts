import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/console";

const GOAL = "Varje barn lever i ekonomisk trygghet";

async function searchFromHeader(page: Page, words: string) {
  await page.goto("/");
  const header = page.getByRole("search", { name: "Sök i hela portalen" });
  await header.getByRole("searchbox", { name: "Sök i portalen" }).fill(words);
  await header.getByRole("button", { name: "Sök" }).click();
  await page.waitForURL((url) => url.pathname === "/sok" && url.searchParams.get("q") === words);
}

async function filterAndOpen(page: Page) {
  await expect(page.getByRole("status")).toContainText(/\d+ träffar på ”barnen”/);
  await expect(page.getByRole("heading", { level: 2, name: /^Mål \(\d+\)$/ })).toBeVisible();

  await page.getByLabel("Kommun").selectOption({ label: "Södertälje kommun" });
  await page.getByRole("button", { name: "Visa träffar" }).click();
  await page.waitForURL((url) => url.searchParams.get("kommun") === "sodertalje");
  await expect(page.getByLabel("Styrdokument", { exact: true })).toBeVisible();
  const goals = page.getByRole("region", { name: /^Mål/ });
  await expect(goals.getByRole("listitem").first()).toContainText("Södertälje kommun");

  await goals.getByRole("link", { name: GOAL }).first().click();
  await page.waitForURL(/\/sodertalje\/dokument\/.+\/mal\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GOAL);
}

test.describe("search", () => {
  test("from the header: search, filter by municipality, open a result", async ({ page }) => {
    await searchFromHeader(page, "barnen");
    await filterAndOpen(page);
  });

  test("updates the results while typing, keeps the address in step and announces the count", async ({ page }) => {
    await page.goto("/sok?kommun=sodertalje");
    const field = page.getByRole("searchbox", { name: "Sökord" });
    await field.pressSequentially("våldet", { delay: 40 });
    await page.waitForURL((url) => url.searchParams.get("q") === "våldet" && url.searchParams.get("kommun") === "sodertalje");
    await expect(page.getByRole("status")).toContainText("på ”våldet”");
    await expect(field).toBeFocused();
    await expect(field).toHaveValue("våldet");
    await expect(page.locator("main mark").first()).toBeVisible();
  });

  test("has no serious accessibility violation and fits 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/sok?q=barn&kommun=sodertalje");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  test("a search with no hits says so and offers ways on", async ({ page }) => {
    await page.goto("/sok?q=xyzzyplugh&kommun=sodertalje");
    await expect(page.getByRole("status")).toHaveText("Inga träffar på ”xyzzyplugh”");
    await page.getByRole("link", { name: "Ta bort kommun: Södertälje kommun" }).click();
    await page.waitForURL((url) => url.searchParams.get("kommun") === null && url.searchParams.get("q") === "xyzzyplugh");
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same search works as plain GET forms", async ({ page }) => {
    await searchFromHeader(page, "barnen");
    await filterAndOpen(page);
  });

  test("pages through one kind of hit", async ({ page }) => {
    await page.goto("/sok?kommun=sodertalje");
    await page
      .getByRole("navigation", { name: "Typ av träff" })
      .getByRole("link", { name: /^Åtgärder/ })
      .click();
    await expect(page).toHaveURL(/typ=atgard/);
    const pages = page.getByRole("navigation", { name: "Sidor" });
    await pages.getByRole("link", { name: "Nästa" }).click();
    await expect(page).toHaveURL(/sida=2/);
    await expect(pages).toContainText("Sida 2 av");
  });
});

test.describe("bad input gives a page, never an error", () => {
  for (const query of [
    "q=",
    `q=${encodeURIComponent("&|!():*'\"")}`,
    `q=${encodeURIComponent('\'); DROP TABLE "Action"; --')}`,
    `q=${"a".repeat(5000)}`,
    "q=barn&kommun=finns-inte&dokument=inte-heller",
    "q=barn&agenda=99&status=KLAR&typ=bilar&sida=-3&kommun=%3Cscript%3E",
    "q=barn&typ=atgard&sida=999",
    "q=barn&sida=99999999999999999999",
    "q[]=barn&kommun=a&kommun=b",
  ]) {
    test(`/sok?${query.slice(0, 60)}`, async ({ page }) => {
      const response = await page.goto(`/sok?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sök i portalen");
      await expect(page.getByRole("status")).toBeVisible();
    });
  }

  test("says in Swedish which choices could not be used", async ({ page }) => {
    await page.goto(`/sok?q=${"a".repeat(300)}&agenda=99`);
    const alert = page.getByRole("alert").filter({ hasText: "Några val i adressen kunde inte användas" });
    await expect(alert).toContainText("Sökfrågan får vara högst 200 tecken.");
    await expect(alert).toContainText("Globalt mål anges som ett tal från 1 till 17.");
  });
});
