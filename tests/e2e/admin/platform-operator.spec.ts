import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { query } from "../support/database";
import { accounts } from "../support/accounts";
import { choosePasswordFromMail, inviteAdministrator, signInWith } from "../support/people";

test("an operator creates Testkommun and invites its administrator, who chooses a password from the e-mail and works in Testkommun only", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // One run, one new municipality: the e2e database is fresh for every run of the server.
  const email = `admin-${Date.now()}@testkommun.example`;
  await signIn(page, "operator");
  await page.getByRole("link", { name: "Kommuner i portalen (operatör)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plattformen" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Södertälje kommun" })).toBeVisible();

  const create = page.locator("section", { has: page.getByRole("heading", { name: "Lägg till en kommun" }) });
  await create.getByLabel("Kommunkod").fill("12");
  await create.getByLabel("Namn").fill("Testkommun");
  await create.getByLabel("Adress i webben").fill("testkommun");
  await create.getByRole("button", { name: "Lägg till kommunen" }).click();
  await expect(create.getByRole("alert")).toContainText("Kommunkoden är fyra siffror");
  await expect(create.getByLabel("Namn"), "what was typed is kept").toHaveValue("Testkommun");
  await create.getByLabel("Kommunkod").fill("0999");
  await create.getByRole("button", { name: "Lägg till kommunen" }).click();
  await expect(create.getByRole("status")).toHaveText("Ändringarna är sparade.");
  const row = page.getByRole("row", { name: /Testkommun/ });
  await expect(row).toContainText("0999");

  await inviteAdministrator(page, "Testkommun", { email, name: "Tilda Testadmin" });
  expect((await page.request.get("/admin/testkommun")).status(), "the operator gets no role in the municipality").toBe(404);

  const person = await choosePasswordFromMail(browser, email, "testkommuns-eget-lösenord");
  await signInWith(person, email, "testkommuns-eget-lösenord");
  await person.waitForURL((url) => url.pathname === "/admin/testkommun", { timeout: 20_000 });
  await expect(person.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toContainText("Tilda Testadmin");
  await expect(person.getByRole("navigation", { name: "Redigeringsmeny", exact: true }).getByRole("link", { name: "Södertälje kommun" })).toHaveCount(0);
  for (const other of ["/admin/sodertalje", "/admin/katrineholm/anvandare", "/admin/plattform"]) {
    expect((await person.request.get(other)).status(), other).toBe(404);
  }
  await person.goto("/admin/testkommun/anvandare");
  await expect(person.getByRole("heading", { name: "Tilda Testadmin" })).toBeVisible();

  const audit = await query<{ actor: string; action: string; entityType: string | null }>(
    `SELECT e.actor, e.action, e."entityType" FROM "AuditEvent" e JOIN "Municipality" m ON m.id = e."municipalityId" WHERE m.slug = 'testkommun' ORDER BY e.id`,
  );
  expect(audit).toEqual([
    { actor: accounts.operator.email, action: "create", entityType: "municipality" },
    { actor: accounts.operator.email, action: "create-user", entityType: "user" },
    { actor: email, action: "accept-invitation", entityType: "user" },
  ]);
});

test("the platform page does not exist for a municipality's administrator", async ({ page }) => {
  await signIn(page, "admin", "/admin/sodertalje");
  expect((await page.request.get("/admin/plattform")).status()).toBe(404);
});
