import { expect, type Page } from "@playwright/test";
import { accounts, E2E_PASSWORD, type AccountName } from "./accounts";

/** Signs in through the real sign-in form, as a person would, and waits to arrive at `returnTo`. */
export async function signIn(page: Page, account: AccountName, returnTo: string) {
  await page.goto(`/logga-in?${new URLSearchParams({ tillbaka: returnTo })}`);
  await page.getByLabel("E-postadress").fill(accounts[account].email);
  await page.getByLabel("Lösenord").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((url) => url.pathname === returnTo);
  await expect(page.getByText(`Inloggad som ${accounts[account].name}`)).toBeVisible();
}
