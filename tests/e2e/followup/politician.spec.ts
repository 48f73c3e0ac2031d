import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/console";

// A politician prepares a meeting from a goal page: Exempelkommun, the demo's invented municipality with
// published follow-up (content/municipalities/exempelkommun), at a desktop's and a phone's width.
const goalPath = "/exempelkommun/dokument/strategi-social-hallbarhet-2023-2030/mal/a-fler-elever-ar-behoriga-till-gymnasieskolan";
/** A real municipality's goal: no follow-up is published, so every spot says what is missing. */
const realGoalPath = "/angelholm/dokument/socialt-bokslut-2021-2022/mal/1-1-alla-barn-och-vuxna-ska-ges-mojlighet-att-uppna-sin-fulla-potential-vart";

const accessible = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
const fits = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

for (const width of [1280, 375]) {
  test(`a politician sees how goal A is doing and opens the brief (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(goalPath);
    await expect(page.getByRole("note", { name: "Påhittade exempeldata" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    const summary = page.getByRole("region", { name: "Läget just nu" });
    await expect(summary).toContainText("Delvis uppfyllt i Uppföljning 2025");
    await expect(summary).toContainText("67 % – 2 av 3 åtgärder genomförda");
    await expect(summary).toContainText("Uppföljning 2025, publicerad 13 februari 2026");
    await expect(summary).toContainText("Perioden 1 januari 2026 – 31 december 2026");
    await expect(summary).toContainText("Kommunstyrelsen (för dokumentet)");
    await expect(summary).toContainText("Barn- och utbildningsnämnden");

    await summary.getByRole("link", { name: "1 indikator, med diagram och tabell nedan" }).click();
    const indicator = page.locator("[data-indicator]");
    await expect(indicator.getByRole("img", { name: /Diagram: Elever i årskurs 9 som är behöriga till yrkesprogram/ })).toBeVisible();
    const table = indicator.getByRole("table", { name: /värden per år/ });
    await expect(table.getByRole("columnheader")).toHaveText(["År", "Totalt", "Kvinnor", "Män", "Riket"]);
    await expect(indicator.locator("[data-trend]")).toHaveText("↑ Bättre: 84,1 % (2025) jämfört med 82,5 % (2024)");
    expect(await accessible(page)).toEqual([]);
    await fits(page);

    await summary.getByRole("link", { name: "Underlag inför möte" }).click();
    await expect(page).toHaveURL(`${goalPath}/underlag`);
    await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Diagram: Elever i årskurs 9/ })).toBeVisible();
    expect(await accessible(page)).toEqual([]);
    await fits(page);
  });
}

test("a real municipality's goal page says what is missing and when it is expected, inventing nothing", async ({ page }) => {
  await page.goto(realGoalPath);
  await expect(page.getByRole("note", { name: "Påhittade exempeldata" })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const summary = page.getByRole("region", { name: "Läget just nu" });
  await expect(summary).toContainText("har inte bedömts i någon publicerad uppföljning ännu.");
  await expect(summary).toContainText("Aldrig: ingen uppföljning är publicerad ännu.");
  await expect(summary).toContainText("Ingen uppföljning är inlagd i portalen");
  await expect(summary).toContainText("Inga indikatorer är kopplade till målet ännu.");
  await expect(page.locator("[data-indicator]")).toHaveCount(0);
  expect(await accessible(page)).toEqual([]);
});

test("what changed since the latest follow-up, and the goal's feed", async ({ page }) => {
  await page.goto(goalPath);
  await page.getByRole("link", { name: /^Sedan senaste uppföljningen \(Uppföljning 2025/ }).click();
  await expect(page).toHaveURL(/\/andringar\?sedan=2026-02-13$/);
  await expect(page.getByRole("main")).toContainText("Målet bedömdes som ”Delvis uppfyllt” i Uppföljning 2025.");
  const feed = await (await page.request.get(`${goalPath}/flode.atom`)).text();
  expect(feed).toContain("<summary>Målet bedömdes som ”Delvis uppfyllt” i Uppföljning 2025.</summary>");
});
