import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";

// One story, in order: an administrator opens the period and adds an indicator, a coordinator fills in
// the plan, an administrator publishes, and residents and politicians read the result.
test.describe.configure({ mode: "serial" });

const m = "sodertalje";
const plan = "Handlingsplan för social hållbarhet 2026–2030";
const strategy = "Strategi för social hållbarhet 2025–2030";
const goalPath = `/${m}/dokument/strategi-social-hallbarhet-2025-2030/mal/a-varje-barn-lever-i-ekonomisk-trygghet`;
const actionPath = `/${m}/dokument/handlingsplan-social-hallbarhet-2026-2030/atgard/1-1-samordna-forebyggande-insatser`;
/** Synthetic values in Kolada's shape (tests/fixtures), imported into this test server's database only. */
const KOLADA_FIXTURE = path.resolve("tests/fixtures/kolada/synthetic-n00945.json");
let periodPath = "";

const cell = (page: Page, column: string, row: RegExp) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: row }) })
    .getByLabel(column, { exact: false })
    .first();
/** A page fits a 320 px wide phone: wide tables scroll inside their own box, never the page. */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}
const accessible = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

test("an administrator opens the follow-up period; the overview names every gap", async ({ page }) => {
  await signIn(page, "admin", `/admin/${m}/uppfoljning`);
  await expect(page.getByLabel("Rubrik")).toHaveValue("Uppföljning 2026");
  await page.getByRole("button", { name: "Öppna en ny period" }).click();
  await page.waitForURL(/\/admin\/sodertalje\/uppfoljning\/\d+$/);
  periodPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: "Uppföljning 2026" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Saknar uppföljning" })).toContainText(/\d+ åtgärder och \d+ mål saknar ännu uppföljning i perioden\./);
  const area = page.getByRole("region", { name: plan }).locator("[data-area]").first();
  await expect(area).toContainText("Inte klarmarkerat");
  await expect(area).toContainText("Åtgärd 1.1: Samordna förebyggande insatser");
});

test("an administrator adds an indicator for goal A and imports its values from a Kolada file", async ({ page }) => {
  await signIn(page, "admin", `/admin/${m}/indikatorer/ny`);
  await page.getByLabel("Namn").fill("Andel som tar gymnasieexamen inom fyra år");
  await page.getByLabel("Enhet").fill("procent");
  await page.getByLabel("Målvärde").fill("75");
  await page.getByLabel("Målår").fill("2030");
  await page.getByLabel("Kolada-KPI").fill("N00945");
  await page.getByRole("checkbox", { name: /^Mål A: Varje barn lever i ekonomisk trygghet/ }).check();
  await page.getByRole("button", { name: "Skapa" }).click();
  await page.waitForURL(/\/admin\/sodertalje\/indikatorer\/\d+$/);
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page.getByText("Gällande")).toBeVisible();

  await page.goto(`/admin/${m}/indikatorer/kolada`);
  await page.getByLabel("JSON-fil från Kolada").setInputFiles(KOLADA_FIXTURE);
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByRole("status")).toContainText("Andel som tar gymnasieexamen inom fyra år: 11 nya, 0 ändrade, 0 oförändrade, 0 borttagna");
  await expect(page.getByRole("status")).toContainText("Läste 1 sida och 8 rader från Kolada.");
  await expect(page.getByRole("status")).toContainText("N02280: ingen indikator har detta KPI-id");
});

test("a coordinator fills in the plan's follow-up table; nothing typed is lost when a row needs fixing", async ({ page }) => {
  await signIn(page, "editor", periodPath);
  await page
    .getByRole("region", { name: plan })
    .getByRole("link", { name: /Fyll i uppföljningen av åtgärder/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(plan);

  const status = cell(page, "Status", /^Åtgärd 1\.1:/);
  await status.selectOption({ label: "Genomförd" });
  // Keyboard order follows the row: from the status, Tab goes to the progress of the same action.
  await status.focus();
  await page.keyboard.press("Tab");
  await expect(cell(page, "Framsteg", /^Åtgärd 1\.1:/)).toBeFocused();
  await page.keyboard.type("100");
  await cell(page, "Kommentar", /^Åtgärd 1\.1:/).fill("Samordningsgruppen har träffats varje månad.");
  await cell(page, "Ansvarig person", /^Åtgärd 1\.1:/).fill("Sara Samordnare");
  await cell(page, "Status", /^Åtgärd 1\.2:/).selectOption({ label: "Pågår" });
  await cell(page, "Framsteg", /^Åtgärd 1\.2:/).fill("150");
  await cell(page, "Status", /^Åtgärd 1\.3:/).selectOption({ label: "Ej bedömbar" });
  await page.getByRole("button", { name: "Spara alla rader" }).first().click();

  const alert = page.getByRole("alert").filter({ hasText: "behöver rättas" });
  await expect(alert).toContainText("Åtgärd 1.2: Förbättra tillgången till information och stöd, Framsteg (%): Ange framsteg som ett heltal mellan 0 och 100");
  await expect(alert).toContainText("Åtgärd 1.3: Tillgängliggöra fritidsaktiviteter, Skäl: Ange skälet när åtgärden inte kan bedömas");
  // Everything typed is still there.
  await expect(cell(page, "Kommentar", /^Åtgärd 1\.1:/)).toHaveValue("Samordningsgruppen har träffats varje månad.");
  await expect(cell(page, "Framsteg", /^Åtgärd 1\.2:/)).toHaveValue("150");
  await expect(cell(page, "Framsteg", /^Åtgärd 1\.2:/)).toHaveAttribute("aria-invalid", "true");

  await cell(page, "Framsteg", /^Åtgärd 1\.2:/).fill("60");
  await cell(page, "Skäl", /^Åtgärd 1\.3:/).fill("Upphandlingen är inte klar.");
  await page.getByRole("button", { name: "Spara alla rader" }).last().click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(cell(page, "Status", /^Åtgärd 1\.1:/)).toHaveValue("DONE");

  await page.goto(periodPath);
  await page
    .getByRole("region", { name: strategy })
    .getByRole("link", { name: /Bedöm mål/ })
    .click();
  await cell(page, "Bedömning", /^Mål A:/).selectOption({ label: "Delvis uppfyllt" });
  await cell(page, "Analys", /^Mål A:/).fill("Fler barn nås av insatserna, men den ekonomiska utsattheten är oförändrad.");
  await page.getByRole("button", { name: "Spara alla rader" }).first().click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
});

test("a reviewer sees the table but cannot change it", async ({ page }) => {
  await signIn(page, "reviewer", periodPath);
  await page
    .getByRole("region", { name: plan })
    .getByRole("link", { name: /Fyll i uppföljningen av åtgärder/ })
    .click();
  await expect(cell(page, "Status", /^Åtgärd 1\.1:/)).toBeDisabled();
  await expect(page.getByRole("rowheader", { name: /^Åtgärd 1\.1:/ })).toContainText("Du kan inte ändra den här raden.");
  await page.goto(periodPath);
  await expect(page.getByRole("button", { name: "Publicera perioden" })).toHaveCount(0);
});

test("nothing shows to the public before an administrator publishes the period", async ({ page }) => {
  await page.goto(actionPath);
  await expect(page.getByText("Ingen uppföljning är publicerad ännu.")).toBeVisible();
  await expect(page.getByText("Samordningsgruppen har träffats")).toHaveCount(0);

  await signIn(page, "admin", periodPath);
  await page.getByRole("button", { name: "Publicera perioden" }).click();
  await page.getByRole("button", { name: "Ja, publicera perioden" }).click();
  await expect(page.getByRole("status")).toHaveText("Perioden är publicerad. Invånarna ser nu uppföljningen.");
  await expect(page.getByText("Perioden är publicerad och syns för allmänheten.")).toBeVisible();
});

test("the goal page shows the assessment, the actions' status, and the indicator as a chart with the same numbers in a table", async ({ page }) => {
  await page.goto(goalPath);
  await expect(page.getByRole("region", { name: "Läget just nu" })).toContainText(/Senast uppföljd\s*Uppföljning 2026, publicerad/);
  await expect(page.getByRole("table", { name: "Bedömning över tid" })).toContainText("Delvis uppfyllt");
  await expect(page.getByRole("listitem").filter({ hasText: "Åtgärd 1.1: Samordna förebyggande insatser" })).toContainText("Genomförd");

  const indicator = page.locator("[data-indicator]");
  const chart = indicator.getByRole("img", { name: /Diagram: Andel som tar gymnasieexamen inom fyra år/ });
  await expect(chart).toBeVisible();
  for (const series of ["total", "women", "men", "national", "target"]) await expect(chart.locator(`[data-series="${series}"]`)).toHaveCount(1);
  const table = indicator.getByRole("table", { name: /värden per år/ });
  await expect(table.getByRole("columnheader")).toHaveText(["År", "Totalt", "Kvinnor", "Män", "Riket"]);
  await expect(
    table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "2023" }) })
      .getByRole("cell"),
  ).toHaveText(["64,2 %", "66 %", "62,5 %", "71 %"]);
  await expect(
    table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Mål 2030" }) })
      .getByRole("cell")
      .first(),
  ).toHaveText("75 %");
  await expect(indicator.locator("[data-trend]")).toHaveText("↑ Bättre: 64,2 % (2023) jämfört med 62 % (2022)");
  await expect(indicator).toContainText("Källa: Kolada");
  expect(await accessible(page)).toEqual([]);
  await fitsPhone(page);
});

test("the action page shows its latest status and comment", async ({ page }) => {
  await page.goto(actionPath);
  const section = page.getByRole("region", { name: "Uppföljning" });
  await expect(section).toContainText("Senaste uppföljningen: Uppföljning 2026");
  await expect(section).toContainText("Genomförd");
  await expect(section).toContainText("Framsteg: 100 %");
  await expect(section).toContainText("Samordningsgruppen har träffats varje månad.");
  await expect(section).toContainText("Ansvarig person: Sara Samordnare");
});

test("the report and its CSV match what was entered", async ({ page }) => {
  await page.goto(`/${m}`);
  await page.getByRole("link", { name: "Uppföljning", exact: true }).click();
  await page.getByRole("link", { name: "Uppföljningsrapport: Uppföljning 2026" }).click();
  await expect(page).toHaveURL(`/${m}/uppfoljning/2026`);
  const count = (key: string) => page.locator(`[data-count="${key}"]`).first();
  await expect(count("DONE")).toHaveText("1");
  await expect(count("IN_PROGRESS")).toHaveText("1");
  await expect(count("NOT_ASSESSABLE")).toHaveText("1");
  await expect(count("PARTLY_MET")).toHaveText("1");
  await expect(page.getByRole("row", { name: /^1\.1 Samordna förebyggande insatser/ })).toContainText("Samordningsgruppen har träffats varje månad.");
  expect(await accessible(page)).toEqual([]);
  await fitsPhone(page);

  const csv = await (await page.request.get(`/${m}/uppfoljning/2026/rapport.csv`)).text();
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("Typ,Dokument,Område,Nummer,Rubrik,Status eller bedömning,Framsteg (%),Skäl,Kommentar eller analys,Ansvariga,Ansvarig person,Datum");
  expect(lines.find((l) => l.includes(",1.1,Samordna förebyggande insatser,"))).toMatch(
    /^Åtgärd,Handlingsplan för social hållbarhet 2026–2030,1\. En god start i livet,1\.1,Samordna förebyggande insatser,Genomförd,100,,Samordningsgruppen har träffats varje månad\.,.*,Sara Samordnare,2026-\d\d-\d\d$/,
  );
  expect(lines.find((l) => l.includes(",1.3,Tillgängliggöra fritidsaktiviteter,"))).toContain(",Ej bedömbar,,Upphandlingen är inte klar.,");
  expect(lines.filter((l) => l.startsWith("Åtgärd,") && l.includes(",Genomförd,"))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith("Mål,") && l.includes(",Delvis uppfyllt,"))).toHaveLength(1);

  const feed = await (await page.request.get(`/${m}/uppfoljning/flode.xml`)).text();
  expect(feed).toContain("<title>Uppföljning 2026 – Södertälje kommun</title>");
});

test("the goal's and the area's briefs print without navigation chrome", async ({ page }) => {
  for (const path of [`${goalPath}/underlag`, `/${m}/dokument/handlingsplan-social-hallbarhet-2026-2030/omrade/1-en-god-start-i-livet/underlag`]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Underlag inför möte", { exact: false }).first()).toBeVisible();
    for (const chrome of [
      page.getByRole("banner"),
      page.getByRole("contentinfo"),
      page.getByRole("navigation"),
      page.getByRole("button", { name: "Skriv ut" }),
    ]) {
      await expect(chrome.first()).toBeHidden();
    }
    await page.emulateMedia({ media: "screen" });
  }
  await page.goto(`${goalPath}/underlag`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("img", { name: /Diagram: Andel som tar gymnasieexamen/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Åtgärder som bidrar" })).toContainText("Genomförd");
});

test("what changed since a chosen date, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(goalPath);
  await page.getByLabel("Eller välj ett datum").fill("2026-01-01");
  await page.getByRole("button", { name: "Visa ändringar" }).click();
  await expect(page).toHaveURL(/\/andringar\?sedan=2026-01-01$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ändringar sedan 1 januari 2026");
  await expect(page.getByRole("main")).toContainText("Målet bedömdes som ”Delvis uppfyllt” i Uppföljning 2026.");
  await expect(page.getByRole("main")).toContainText("Andel som tar gymnasieexamen inom fyra år: nytt eller ändrat värde för 2023, 64,2 %.");
  await context.close();
});
