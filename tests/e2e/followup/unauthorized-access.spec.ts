import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";

/** Chromium logs the 404 response of the refused page itself; nothing else may fail. */
const allow404 = (errors: string[]) => errors.splice(0, errors.length, ...errors.filter((e) => !e.includes("status of 404")));

test("another municipality's administrator does not find Södertälje's follow-up or indicators", async ({ page, consoleErrors }) => {
  await signIn(page, "otherMunicipality", "/admin/katrineholm");
  for (const path of ["/admin/sodertalje/uppfoljning", "/admin/sodertalje/indikatorer", "/admin/sodertalje/indikatorer/kolada"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  }
  allow404(consoleErrors);
});

test("a reviewer may not open periods, add indicators or import", async ({ page, consoleErrors }) => {
  await signIn(page, "reviewer", "/admin/sodertalje/uppfoljning");
  await expect(page.getByText("Bara kommunens administratörer öppnar och publicerar perioder.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Öppna en ny period" })).toHaveCount(0);
  await page.goto("/admin/sodertalje/indikatorer");
  await expect(page.getByRole("link", { name: "Importera från Kolada" })).toHaveCount(0);
  expect((await page.goto("/admin/sodertalje/indikatorer/kolada"))?.status()).toBe(404);
  allow404(consoleErrors);
});

test("an editor limited to one area may not import indicator values for the whole municipality", async ({ page, consoleErrors }) => {
  await signIn(page, "areaEditor", "/admin/sodertalje/indikatorer");
  await expect(page.getByRole("link", { name: "+ Ny indikator" })).toHaveCount(0);
  expect((await page.goto("/admin/sodertalje/indikatorer/kolada"))?.status()).toBe(404);
  allow404(consoleErrors);
});
