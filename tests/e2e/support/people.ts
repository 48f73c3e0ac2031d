import { expect, type Browser, type Page } from "@playwright/test";
import { linkFromMailTo } from "./mail";

/** An administrator invites a person on the municipality's user page (no password: the person chooses one). */
export async function invitePerson(page: Page, municipality: string, person: { email: string; name: string; role: string }) {
  await page.goto(`/admin/${municipality}/anvandare`);
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Lägg till en person" }) });
  await form.getByLabel("E-postadress").fill(person.email);
  await form.getByLabel("Namn").fill(person.name);
  await form.getByLabel("Roll").selectOption(person.role);
  await form.getByRole("button", { name: "Lägg till en person" }).click();
  await expect(form.getByRole("status")).toHaveText("Ändringarna är sparade.");
}

/** A platform operator, on /admin/plattform, invites a municipality's first administrator. */
export async function inviteAdministrator(page: Page, municipalityName: string, person: { email: string; name: string }) {
  const invite = page.locator("section", { has: page.getByRole("heading", { name: "Bjud in en kommuns administratör" }) });
  await invite.getByLabel("Kommun").selectOption({ label: municipalityName });
  await invite.getByLabel("E-postadress").fill(person.email);
  await invite.getByLabel("Namn").fill(person.name);
  await invite.getByRole("button", { name: "Bjud in administratören" }).click();
  await expect(invite.getByRole("status")).toHaveText("Ändringarna är sparade.");
}

/** The invited person opens the link in their e-mail in a browser of their own and chooses a password. */
export async function choosePasswordFromMail(browser: Browser, email: string, password: string): Promise<Page> {
  const { link } = await linkFromMailTo(email);
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel("Nytt lösenord").fill(password);
  await page.getByLabel("Upprepa lösenordet").fill(password);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page.getByRole("status")).toHaveText("Ditt lösenord är sparat. Logga in med det nu.", { timeout: 20_000 });
  return page;
}

/** Signs in through the form with an e-mail address and password and waits for the admin area. */
export async function signInWith(page: Page, email: string, password: string, returnTo = "/admin") {
  await page.goto(`/logga-in?tillbaka=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toBeVisible({ timeout: 20_000 });
}
