import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { pageKinds } from "../support/page-kinds";

for (const [kind, path] of Object.entries(pageKinds)) {
  test.describe(`${kind} (${path})`, () => {
    test("answers 200 in Swedish, with a title and a description", async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      await expect(page).toHaveTitle(/\S.*Strategiportalen|^Strategiportalen$/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S{10,}/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsredogörelse" })).toBeVisible();
    });

    test("has no serious or critical accessibility violation", async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(serious).toEqual([]);
    });

    test("fits a 320 px wide phone without sideways scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
