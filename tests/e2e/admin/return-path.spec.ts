import { expect, test } from "../support/console";
import { accounts, E2E_PASSWORD } from "../support/accounts";
import { signIn } from "../support/sign-in";

test("signing in with a hostile return path lands on the site, never on another", async ({ page, baseURL }) => {
  await page.goto("/logga-in?tillbaka=/%09/evil.example");
  await page.getByLabel("E-postadress").fill(accounts.reviewer.email);
  await page.getByLabel("Lösenord").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByRole("navigation", { name: "Redigeringsmeny", exact: true })).toBeVisible({ timeout: 20_000 });
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/admin/sodertalje");
});

test("a signed-in person sent to the sign-in page with a hostile return path is redirected on the site, without a 500", async ({ page }) => {
  await signIn(page, "reviewer");
  for (const hostile of [
    "/%09/evil.example",
    "//evil.example",
    "/%5Cevil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/admin%0ALocation:%20https://evil.example",
    "/%0D%0A/evil.example",
  ]) {
    const response = await page.request.get(`/logga-in?tillbaka=${hostile}`, { maxRedirects: 0 });
    expect(response.status(), hostile).toBeLessThan(400);
    expect(response.headers()["location"], hostile).toBe("/admin");
  }
  const twice = await page.request.get("/logga-in?tillbaka=/admin&tillbaka=//evil.example", { maxRedirects: 0 });
  expect(twice.headers()["location"]).toBe("/admin");
});

test("next-auth sends a sign-in with a foreign callbackUrl back to the site", async ({ request, baseURL }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: accounts.reviewer.email, password: E2E_PASSWORD, callbackUrl: "https://evil.example/admin", json: "true" },
  });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
});
