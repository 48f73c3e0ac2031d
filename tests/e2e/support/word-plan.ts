import { expect, type Page } from "@playwright/test";
import { wordPlan, wordPlanTitle } from "../../factories/word";

/** The address the test Word plan's document gets. */
export const WORD_PLAN_SLUG = "handlingsplan-for-trygghet-och-delaktighet";

/**
 * Uploads the test Word plan (tests/factories/word.ts) on a municipality's import page, checks the
 * proposal, demotes one goal to an action, skips one row and creates the draft.
 */
export async function importWordPlan(page: Page, municipality: string) {
  await page.goto(`/admin/${municipality}`);
  await page.getByRole("link", { name: "Ny plan från Word" }).click();
  await expect(page).toHaveURL(`/admin/${municipality}/dokument/fran-word`);
  await page.getByLabel("Word-fil (.docx)").setInputFiles({
    name: "trygghetsplan.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await wordPlan(),
  });
  await page.getByRole("button", { name: "Läs in filen" }).click();

  // The proposal: the title, the level names the headings use, and a row per heading and numbered paragraph.
  await expect(page.getByLabel("Rubrik", { exact: true }).first()).toHaveValue(wordPlanTitle);
  await expect(page.getByLabel("Nivå 1, ental (t.ex. Målområde)")).toHaveValue("Fokusområde");
  const row = (n: number) => page.locator(`[data-row="${n}"]`);
  await expect(row(5).getByLabel("Rubrik")).toHaveValue("Färre utsätts för brott");
  await expect(row(5).getByLabel("Blir")).toHaveValue("goal");
  await row(5).getByLabel("Blir").selectOption("action");
  await row(5).getByLabel("Nummer").fill("");
  await row(4).getByLabel("Blir").selectOption("skip");
  await page.getByRole("button", { name: "Skapa planen som utkast" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(wordPlanTitle);
}
