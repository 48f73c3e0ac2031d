import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { replayAll } from "../support/replay";
import { indicatorReplays, periodReplays } from "./replays";

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

test("every indicator and Kolada server action is refused over HTTP to the signed-out, a reviewer, an area editor and another municipality's administrator", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await replayAll(browser, baseURL!, indicatorReplays, {
    setupAs: "admin",
    wrongUsers: [null, "reviewer", "areaEditor", "otherMunicipality"],
    municipalities: ["sodertalje"],
  });
});

test("every period, follow-up row and sign-off server action is refused over HTTP to the signed-out and to another municipality's people", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await replayAll(browser, baseURL!, periodReplays, {
    setupAs: "otherMunicipality",
    wrongUsers: [null, "admin", "reviewer", "areaEditor"],
    municipalities: ["katrineholm"],
  });
});
