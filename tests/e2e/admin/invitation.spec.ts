import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { query } from "../support/database";
import { choosePasswordFromMail, invitePerson, signInWith } from "../support/people";

/** Södertälje's administrator invites a new address; the person chooses a password from the e-mail; Katrineholm's adds the same address; the person signs in. */
async function invitedByKatrineholm(page: Page, browser: Browser, name: string) {
  const email = `${name.split(" ")[0]!.toLowerCase()}-${Date.now()}@e2e.example`;
  const password = "lösenord-personen-valde";
  await signIn(page, "admin", "/admin/sodertalje/anvandare");
  await invitePerson(page, "sodertalje", { email, name, role: "REVIEWER" });
  await choosePasswordFromMail(browser, email, password);
  const katrineholm = await (await browser.newContext()).newPage();
  await signIn(katrineholm, "otherMunicipality", "/admin/katrineholm/anvandare");
  await invitePerson(katrineholm, "katrineholm", { email, name: "Påhittat Namn", role: "REVIEWER" });
  const person = await (await browser.newContext()).newPage();
  await signInWith(person, email, password);
  return { email, katrineholm, person };
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
  expect(row!.actions).toEqual(["create-user", "set-password-by-link", "accept-invitation", "invite-user", "accept-invitation"]);
});

test("declining an invitation leaves the person without a role there", async ({ page, browser }) => {
  const { email, katrineholm, person } = await invitedByKatrineholm(page, browser, "Axel Avböjare");
  await person.getByRole("listitem").filter({ hasText: "Katrineholms kommun" }).getByRole("button", { name: "Avböj" }).click();
  await expect(person.getByRole("heading", { name: "Inbjudningar" })).toHaveCount(0);
  expect((await person.request.get("/admin/katrineholm")).status()).toBe(404);
  await katrineholm.reload();
  await expect(katrineholm.getByRole("main")).not.toContainText(email);
});
