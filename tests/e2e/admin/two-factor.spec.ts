import { generate } from "otplib";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { query } from "../support/database";
import { choosePasswordFromMail, invitePerson } from "../support/people";

const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test("an administrator turns on two-factor sign-in with a QR code and signs in with a code from the app", async ({ page, browser }) => {
  // A new administrator, so no other test's account changes.
  const email = `tvasteg-${Date.now()}@e2e.example`;
  const password = "lösenord-för-tvåsteg";
  await signIn(page, "admin", "/admin/sodertalje/anvandare");
  await invitePerson(page, "sodertalje", { email, name: "Tove Tvåsteg", role: "ADMIN" });
  const person = await choosePasswordFromMail(browser, email, password);
  const signInAs = async (code?: () => Promise<string>) => {
    await person.goto("/logga-in?tillbaka=/admin/sodertalje");
    await person.getByLabel("E-postadress").fill(email);
    await person.getByLabel("Lösenord").fill(password);
    await person.getByRole("button", { name: "Logga in" }).click();
    if (!code) return;
    await expect(person.getByRole("main").getByRole("alert")).toHaveText(/Ange koden från din autentiseringsapp/);
    await person.getByLabel("Kod från autentiseringsappen eller reservkod").fill(await code());
    await person.getByRole("button", { name: "Logga in" }).click();
  };
  await signInAs();
  await expect(person.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toBeVisible({ timeout: 20_000 });
  await person.goto("/admin/tvastegsverifiering");
  await expect(person.locator("svg").first()).toBeVisible();
  const secret = (await person.getByTestId("totp-secret").textContent())!;
  await person.getByLabel("Koden som appen visar").fill("000000");
  await person.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(person.getByRole("main").getByRole("alert")).toContainText("Koden stämmer inte");
  await person.getByLabel("Koden som appen visar").fill(await codeAt(secret));
  await person.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  const codes = person.getByRole("list", { name: "Dina reservkoder" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;

  await person.context().clearCookies();
  // The next time step's code: the one just used to enrol is accepted only once.
  await signInAs(() => codeAt(secret, 30));
  await person.waitForURL((url) => url.pathname === "/admin/sodertalje", { timeout: 20_000 });
  await expect(person.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toContainText("Tove Tvåsteg");

  await person.context().clearCookies();
  await signInAs(async () => recovery);
  await person.waitForURL((url) => url.pathname === "/admin/sodertalje", { timeout: 20_000 });

  const rows = await query<{ action: string; method: string | null }>(
    `SELECT action, after->>'method' AS method FROM "AuditEvent" WHERE actor = $1 AND action IN ('sign-in', 'enable-totp') ORDER BY id`,
    [email],
  );
  expect(rows).toEqual([
    { action: "sign-in", method: "password" },
    { action: "enable-totp", method: null },
    { action: "sign-in", method: "password+totp" },
    { action: "sign-in", method: "password+recovery-code" },
  ]);
});
