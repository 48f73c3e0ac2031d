import { expect, type Page } from "@playwright/test";
import { accounts, E2E_PASSWORD, type AccountName } from "./accounts";

/** Signs in through the real sign-in form, as a coordinator would, and waits for the admin area. `origin`: another server than the test server's. */
export async function signIn(page: Page, name: AccountName, returnTo = "/admin", origin = "") {
  await page.goto(`${origin}/logga-in?tillbaka=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("E-postadress").fill(accounts[name].email);
  await page.getByLabel("Lösenord").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  // Signing in hashes a password and renders two admin pages: give a busy machine time.
  await expect(page.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toContainText(accounts[name].name, { timeout: 20_000 });
}
