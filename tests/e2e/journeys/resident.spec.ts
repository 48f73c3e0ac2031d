import { expect, test } from "../support/console";
import { axeFindings, fitsWidth, widths } from "./support";

// A resident looks for what their municipality does about violence, on a desktop and on a phone.
for (const width of widths) {
  test.describe(`a resident searching for violence work at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 740 } });

    test("finds an action or goal first, with any replaced document labelled after what is in force", async ({ page }) => {
      await page.goto("/sok?q=v%C3%A5ld");
      await expect(page.getByRole("status")).toContainText(/\d+ träffar på ”våld”/);
      const firstGroup = page.getByRole("main").getByRole("heading", { level: 2 }).first();
      await expect(firstGroup).toHaveText(/^(Åtgärder|Mål) \(\d+\)$/);
      // Every document hit after one labelled "Ersatt" is labelled too: what still steers comes first.
      const documents = page.getByRole("region", { name: /^Styrdokument \(/ }).getByRole("listitem");
      const labels = await documents.evaluateAll((items) => items.map((li) => /Ersatt|Har upphört att gälla/.test(li.textContent ?? "")));
      expect(labels).toEqual([...labels].sort((a, b) => Number(a) - Number(b)));

      const filters = page.getByRole("group", { name: "Avgränsa" });
      if (width < 640) {
        // On a phone the filters wait behind a button, so the first hits are on the first screen.
        await expect(filters).toBeHidden();
        await page.getByText("Avgränsa sökningen", { exact: true }).click();
        await expect(filters).toBeVisible();
      } else {
        await expect(filters).toBeVisible();
      }
      await fitsWidth(page);
      expect(await axeFindings(page)).toEqual([]);
    });

    test("a search from a municipality's page starts with that municipality chosen", async ({ page }) => {
      await page.goto("/sodertalje");
      await expect(page.getByRole("heading", { level: 2, name: "Gällande styrdokument" })).toBeVisible();
      // Every page of the municipality ends with the search, not only its start page.
      await page
        .getByRole("main")
        .getByRole("link", { name: /Strategi för social hållbarhet 2025–2030/ })
        .first()
        .click();
      await page.waitForURL(/\/sodertalje\/dokument\//);
      const search = page.getByRole("search", { name: /Sök i Södertälje/ });
      await search.getByRole("searchbox").fill("våld");
      await search.getByRole("button", { name: "Sök" }).click();
      await page.waitForURL((url) => url.pathname === "/sok" && url.searchParams.get("kommun") === "sodertalje");
      await expect(page.getByLabel("Kommun")).toHaveValue("sodertalje");
      await fitsWidth(page);
      expect(await axeFindings(page)).toEqual([]);
    });
  });
}
