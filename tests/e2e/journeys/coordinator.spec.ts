import type { Page } from "@playwright/test";
import { expect, test } from "../support/console";
import { query } from "../support/database";
import { signIn } from "../support/sign-in";
import { axeFindings, fitsWidth, widths } from "./support";

// A coordinator creates an action, previews it, goes back to editing, publishes it after the confirmation
// step and records its follow-up. In Katrineholm, whose plans have areas but no actions of their own,
// so no other story's page changes under it.
const m = "katrineholm";
// One period at a time: the widths run one after the other.
test.describe.configure({ mode: "serial" });

async function firstArea(): Promise<{ id: number; title: string }> {
  const [area] = await query<{ id: number; title: string }>(
    `SELECT a.id, d.title FROM "Area" a JOIN "Document" d ON d.id = a."documentId" JOIN "Municipality" m ON m.id = d."municipalityId"
     WHERE m.slug = $1 AND d.status = 'PUBLISHED' AND a.status = 'PUBLISHED' ORDER BY d.position, a.position LIMIT 1`,
    [m],
  );
  return area!;
}

/** The open period's overview: the one already open (the other width's run, a replay), or a new one. */
async function openPeriod(page: Page) {
  await page.goto(`/admin/${m}/uppfoljning`);
  const open = page.getByRole("listitem").filter({ hasText: "Öppen" }).getByRole("link");
  if (await open.count()) await open.first().click();
  else await page.getByRole("button", { name: "Öppna en ny period" }).click();
  await page.waitForURL(/\/uppfoljning\/\d+$/);
}

for (const width of widths) {
  test.describe(`a coordinator at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 740 } });

    test("creates an action, previews it, confirms the publish, and records its follow-up", async ({ page }) => {
      const title = `Trygga mötesplatser (${width})`;
      const area = await firstArea();
      await signIn(page, "otherMunicipality", `/admin/${m}/omrade/${area.id}/ny-atgard`);
      // Both widths run at once in the same area: each its own number.
      await page.getByLabel(/^Nummer/).fill(String(width));
      await page.getByLabel("Rubrik").fill(title);
      await page.getByRole("button", { name: "Skapa" }).click();
      await page.waitForURL(/\/admin\/katrineholm\/atgard\/\d+$/);
      await expect(page.getByRole("status")).toHaveText("Skapad och sparad.");
      await expect(page.getByText(/Utkast$/)).toBeVisible();
      await fitsWidth(page);
      expect(await axeFindings(page)).toEqual([]);

      await page.getByRole("link", { name: "Förhandsgranska" }).click();
      await expect(page.getByRole("note", { name: "Förhandsgranska" })).toContainText("Förhandsgranskning");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await page.getByRole("link", { name: "Tillbaka till redigering" }).click();
      await page.waitForURL(/\/admin\/katrineholm\/atgard\/\d+$/);

      await page.getByRole("button", { name: "Publicera" }).click();
      await expect(page.getByRole("heading", { name: `Vill du publicera ”${title}”?` })).toBeFocused();
      await expect(page.getByText(/Sidan blir synlig för alla/)).toBeVisible();
      expect(await axeFindings(page)).toEqual([]);
      await page.getByRole("button", { name: "Ja, publicera" }).click();
      await expect(page.getByRole("status")).toHaveText("Publicerad. Invånarna kan nu se sidan.");
      await expect(page.getByRole("link", { name: "Visa den publika sidan" })).toBeVisible();

      await openPeriod(page);
      const missing = page.getByRole("link", { name: new RegExp(title.replace(/[()]/g, "\\$&")) });
      await missing.click();
      await expect(page).toHaveURL(/\/atgarder\/\d+#rad-\d+$/);
      const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(title.replace(/[()]/g, "\\$&")) }) });
      await row.getByLabel("Status", { exact: false }).first().selectOption({ label: "Pågår" });
      await page.getByRole("button", { name: "Spara alla rader" }).first().click();
      await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
      await fitsWidth(page);
      expect(await axeFindings(page)).toEqual([]);
    });
  });
}
