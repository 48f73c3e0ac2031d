import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { accounts, E2E_PASSWORD } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { demoAction } from "../support/database";

test("a wrong password and an unknown account get the same Swedish message, announced and focused", async ({ page }) => {
  for (const email of [accounts.editor.email, "ingen.alls@e2e.sodertalje.example"]) {
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill("fel lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    // Next.js's route announcer is an alert too, outside main.
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText("Fel e-postadress eller lösenord.");
    await expect(alert).toBeFocused();
  }
});

test("signing in and saving work with the keyboard alone, and the admin pages pass axe at tablet width", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto("/logga-in?tillbaka=/admin/sodertalje");
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.getByLabel("E-postadress").focus();
  await page.keyboard.type(accounts.admin.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/admin\/sodertalje$/);

  for (const path of ["/admin/sodertalje", "/admin/sodertalje/anvandare"]) {
    await page.goto(path);
    const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious, path).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} fits 768 px`).toBe(true);
  }

  await page.goto("/admin/sodertalje");
  await page.getByRole("link", { name: "Handlingsplan för social hållbarhet 2026–2030" }).click();
  // Target area 5's first action: no other test reads it (they share this server's database).
  await page.getByRole("link", { name: /^Målområde 5:/ }).click();
  await page.getByRole("link", { name: /Åtgärd 5\.1/ }).click();
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, "action editor").toEqual([]);
  await page.getByLabel("Rubrik").focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" (tangentbord)");
  // From the last field (the English text, after the web address), Tab reaches the save button.
  await page.getByText("Avancerat: adress i webben").click();
  await page.getByLabel("Text på engelska").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Spara ändringarna" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(page.getByLabel("Rubrik")).toHaveValue(/\(tangentbord\)$/);
});

test("a form with errors keeps what was typed and says what to fix in Swedish", async ({ page }) => {
  const action = await demoAction("handlingsplan-social-hallbarhet-2026-2030", "1", "2");
  await signIn(page, "admin", `/admin/sodertalje/atgard/${action.id}`);
  await page.getByLabel("Rubrik").fill("");
  await page.getByLabel("Text", { exact: true }).fill("Text som inte får försvinna <script>alert(1)</script>");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Något i formuläret behöver rättas");
  await expect(alert.getByRole("link", { name: /Rubrik: Får inte vara tomt/ })).toBeVisible();
  await expect(alert.getByRole("link", { name: /Text: Texten får inte innehålla skript/ })).toBeVisible();
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue("Text som inte får försvinna <script>alert(1)</script>");
  await expect(page.getByLabel("Rubrik")).toHaveAttribute("aria-invalid", "true");
});
