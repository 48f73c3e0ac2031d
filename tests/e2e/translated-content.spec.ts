import { expect, test } from "./support/console";
import { signIn } from "./support/sign-in";
import { query } from "./support/database";

const STRATEGY = "strategi-social-hallbarhet-2025-2030";
const ENGLISH_TITLE = "Residents take part in shaping their neighbourhood";
const ENGLISH_TEXT = "The municipality asks residents early, in plain language.";

/**
 * Issue 12's done-when: a coordinator adds an English title and text to a goal beside the Swedish,
 * publishes it, and /en/… shows them while /fi/… shows the Swedish text marked lang="sv" (WCAG 3.1.2).
 */
test("a coordinator adds an English title and text to a goal and publishes it: /en shows them, /fi shows the Swedish marked as Swedish", async ({
  page,
  browser,
}) => {
  const [goal] = await query<{ id: number; slug: string; title: string; text: string | null }>(
    `SELECT g.id, g.slug, g.title, g.text FROM "Goal" g JOIN "Document" d ON d.id = g."documentId"
     JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.slug = 'sodertalje' AND d.slug = $1 AND g.code = 'K'`,
    [STRATEGY],
  );
  const goalPath = `/sodertalje/dokument/${STRATEGY}/mal/${goal!.slug}`;
  await signIn(page, "admin");
  await page.goto(`/admin/sodertalje/mal/${goal!.id}`);

  await page.getByRole("button", { name: "Gör till utkast igen" }).click();
  await page.getByRole("button", { name: "Ja, gör till utkast" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som utkast" })).toBeVisible();

  await page.getByLabel("Titel på engelska", { exact: true }).fill(ENGLISH_TITLE);
  await page.getByLabel("Text på engelska", { exact: true }).fill(ENGLISH_TEXT);
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
  // The form shows what was saved when it is opened again.
  await page.reload();
  await expect(page.getByLabel("Titel på engelska", { exact: true })).toHaveValue(ENGLISH_TITLE);

  // A draft is not public in any language.
  const resident = await browser.newPage();
  expect((await resident.goto(`/en${goalPath}`))!.status()).toBe(404);

  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Publicerad. Invånarna kan nu se sidan." })).toBeVisible();

  // English: the translation, in the page's own language (no lang="sv" on it).
  expect((await resident.goto(`/en${goalPath}`))!.status()).toBe(200);
  await expect(resident.locator("html")).toHaveAttribute("lang", "en");
  const englishHeading = resident.getByRole("heading", { level: 1 });
  await expect(englishHeading).toContainText(ENGLISH_TITLE);
  await expect(resident.locator(`[lang="sv"]`).filter({ hasText: ENGLISH_TITLE })).toHaveCount(0);
  await expect(resident.getByRole("main")).toContainText(ENGLISH_TEXT);

  // Finnish: no translation, so the Swedish title and text, each marked as Swedish.
  expect((await resident.goto(`/fi${goalPath}`))!.status()).toBe(200);
  await expect(resident.locator("html")).toHaveAttribute("lang", "fi");
  await expect(resident.getByRole("heading", { level: 1 })).toContainText(goal!.title);
  await expect(resident.locator(`main [lang="sv"]`).filter({ hasText: goal!.title }).first()).toBeVisible();
  await expect(resident.getByRole("main")).not.toContainText(ENGLISH_TITLE);

  // Swedish: unchanged, at its old address.
  expect((await resident.goto(goalPath))!.status()).toBe(200);
  await expect(resident.getByRole("heading", { level: 1 })).toContainText(goal!.title);
  await resident.close();

  // The change is in the goal's history like any field.
  await page.goto(`/admin/sodertalje/historik/goal/${goal!.id}`);
  await expect(page.getByRole("main")).toContainText("Titel på engelska");
  await expect(page.getByRole("main")).toContainText(ENGLISH_TITLE);

  const [stored] = await query<{ status: string; translations: unknown }>(`SELECT status, translations FROM "Goal" WHERE id = $1`, [goal!.id]);
  expect(stored).toEqual({ status: "PUBLISHED", translations: { en: { title: ENGLISH_TITLE, text: ENGLISH_TEXT } } });
});
