import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { pageKinds } from "../support/page-kinds";
import { swedishOutsideNames, visibleWordsOutsideSwedish } from "../support/swedish-words";

// A goal's changes since a date: indicator values and edits, sentences with a municipality's Swedish names in them.
const goalChanges = "/exempelkommun/dokument/strategi-social-hallbarhet-2023-2030/mal/b-barn-och-unga-kanner-sig-trygga/andringar?sedan=2020-01-01";

for (const locale of ["fi", "en"] as const) {
  for (const [kind, path] of Object.entries({ ...pageKinds, "goal changes": goalChanges })) {
    const address = path === "/" ? `/${locale}` : `/${locale}${path}`;
    test(`${kind} in ${locale} (${address}): no Swedish interface word, axe-clean`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const swedish = await swedishOutsideNames();
      const found = [...new Set((await visibleWordsOutsideSwedish(page)).filter((w) => swedish.has(w)))];
      expect(found, "Swedish interface words outside lang=sv").toEqual([]);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
      expect(serious).toEqual([]);
    });
  }
}

test("every page names its three languages for search engines, and the switch keeps the page", async ({ page }) => {
  const path = pageKinds.goal;
  await page.goto(path);
  for (const [lang, href] of [
    ["sv", path],
    ["fi", `/fi${path}`],
    ["en", `/en${path}`],
  ] as const) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      "href",
      new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    );
  }
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Straight to the one Swedish address: the client router cannot follow /sv/…'s redirect (a console 404).
  await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Svenska" })).toHaveAttribute("href", path);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Svenska" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});

test("a Swedish address with /sv in front goes to the one Swedish address", async ({ page }) => {
  const response = await page.goto(`/sv${pageKinds.municipality}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${pageKinds.municipality}$`));
  expect(new URL(page.url()).pathname).toBe(pageKinds.municipality);
});

test("a goal's changes in English mark the indicator's Swedish name as Swedish", async ({ page }) => {
  await page.goto(`/en${goalChanges}`);
  const name = "Elever i årskurs 8 som känner sig trygga i skolan";
  await expect(
    page
      .getByRole("main")
      .getByText(/new or changed value for/)
      .first(),
  ).toContainText(name);
  await expect(page.getByRole("main").locator('[lang="sv"]', { hasText: name }).first()).toBeVisible();
});
