import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { query } from "../support/database";

async function addPerson(page: Page, municipality: string, person: { email: string; name: string; password: string }) {
  await page.goto(`/admin/${municipality}/anvandare`);
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Lägg till en person" }) });
  await form.getByLabel("E-postadress").fill(person.email);
  await form.getByLabel("Namn").fill(person.name);
  await form.getByLabel("Roll").selectOption("REVIEWER");
  await form.getByLabel("Lösenord").fill(person.password);
  await form.getByRole("button", { name: "Lägg till en person" }).click();
  await expect(form.getByRole("status")).toHaveText("Ändringarna är sparade.");
}

async function asNewPerson(browser: Browser, email: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/logga-in?tillbaka=/admin");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toBeVisible({ timeout: 20_000 });
  return page;
}

/** Södertälje's administrator creates an account; Katrineholm's adds the same address; the person signs in. */
async function invitedByKatrineholm(page: Page, browser: Browser, name: string) {
  const email = `${name.split(" ")[0]!.toLowerCase()}-${Date.now()}@e2e.example`;
  const password = "lösenord-från-södertälje";
  await signIn(page, "admin", "/admin/sodertalje/anvandare");
  await addPerson(page, "sodertalje", { email, name, password });
  const katrineholm = await (await browser.newContext()).newPage();
  await signIn(katrineholm, "otherMunicipality", "/admin/katrineholm/anvandare");
  await addPerson(katrineholm, "katrineholm", { email, name: "Påhittat Namn", password: "lösenord-från-katrineholm" });
  return { email, katrineholm, person: await asNewPerson(browser, email, password) };
}

test("a person another municipality already added is invited, sees the invitation, and gets the role only by accepting it", async ({ page, browser }) => {
  const { email, katrineholm, person } = await invitedByKatrineholm(page, browser, "Ingrid Inbjuden");
  await katrineholm.reload();
  const invited = katrineholm.getByRole("listitem").filter({ has: katrineholm.getByRole("heading", { name: email }) });
  await expect(invited).toContainText("Inbjudan väntar");
  await expect(katrineholm.getByRole("main")).not.toContainText("Ingrid Inbjuden");
  await expect(katrineholm.getByRole("main")).not.toContainText("Påhittat Namn");

  expect(new URL(person.url()).pathname).toBe("/admin");
  expect((await person.request.get("/admin/katrineholm")).status(), "no role before accepting").toBe(404);
  const invitation = person.getByRole("listitem").filter({ has: person.getByRole("heading", { name: "Katrineholms kommun" }) });
  await expect(invitation).toContainText("Inbjuden som: Granskare");
  await invitation.getByRole("button", { name: "Ta emot" }).click();
  await expect(person.locator("li.card").getByRole("link", { name: "Katrineholms kommun" })).toBeVisible();
  await expect(person.getByRole("heading", { name: "Inbjudningar" })).toHaveCount(0);
  expect((await person.request.get("/admin/katrineholm")).status()).toBe(200);

  await katrineholm.reload();
  await expect(katrineholm.getByRole("heading", { name: "Ingrid Inbjuden" })).toBeVisible();
  const [row] = await query<{ actions: string[] }>(
    `SELECT array_agg(action ORDER BY id) AS actions FROM "AuditEvent" WHERE "entityType" = 'user' AND "entityId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  expect(row!.actions).toEqual(["create-user", "invite-user", "accept-invitation"]);
});

test("declining an invitation leaves the person without a role there", async ({ page, browser }) => {
  const { email, katrineholm, person } = await invitedByKatrineholm(page, browser, "Axel Avböjare");
  await person.getByRole("listitem").filter({ hasText: "Katrineholms kommun" }).getByRole("button", { name: "Avböj" }).click();
  await expect(person.getByRole("heading", { name: "Inbjudningar" })).toHaveCount(0);
  expect((await person.request.get("/admin/katrineholm")).status()).toBe(404);
  await katrineholm.reload();
  await expect(katrineholm.getByRole("main")).not.toContainText(email);
});
