import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { accounts } from "../support/accounts";
import { signIn } from "../support/sign-in";

const LOG = "/admin/sodertalje/logg";

test("an administrator reads, filters and exports the municipality's log with the keyboard, at 1280 and 375 px, axe clean", async ({ page }) => {
  await signIn(page, "admin", LOG);
  await expect(page).toHaveURL(new RegExp(`${LOG}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Logg" })).toBeVisible();
  // The test server added the test accounts: each is an entry of Södertälje's log.
  const entries = page.getByRole("main").getByRole("listitem").filter({ hasText: "Lade till person" });
  await expect(entries.first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText(accounts.editor.email);
  await expect(page.getByRole("main")).not.toContainText(accounts.otherMunicipality.email);

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`logg-${width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `fits ${width} px`).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }

  // Filter by action with the keyboard alone: focus the select, choose, submit with Enter.
  await page.getByLabel("Händelse").focus();
  await page.getByLabel("Händelse").selectOption({ label: "Lade till person" });
  // The date fields have a tab stop per part: tab on until the button has focus.
  const apply = page.getByRole("button", { name: "Visa" });
  for (let i = 0; i < 12 && !(await apply.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(apply).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/handelse=create-user/);
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "Lade till person" })).toHaveCount(4);

  const csvLink = page.getByRole("link", { name: /Ladda ner som CSV/ });
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe("tidpunkt,e-post,namn,händelse,typ,id,ändringar (fält: före → efter)");
  expect(lines).toHaveLength(5);
  expect(lines.every((l, i) => i === 0 || l.includes("Lade till person"))).toBe(true);
});

for (const name of ["otherMunicipality", "editor", "reviewer"] as const) {
  test(`${name} does not find Södertälje's log (404), nor its CSV`, async ({ page }) => {
    await signIn(page, name);
    for (const path of [LOG, `${LOG}/logg.csv`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
}
