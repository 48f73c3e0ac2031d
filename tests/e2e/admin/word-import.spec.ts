import mammoth from "mammoth";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { query } from "../support/database";
import { wordPlanTitle } from "../../factories/word";
import { importWordPlan, WORD_PLAN_SLUG } from "../support/word-plan";

const IMPORT = "/admin/sodertalje/dokument/fran-word";
const SLUG = WORD_PLAN_SLUG;

test("an administrator starts a plan from Word, corrects the mapping, publishes it, and residents see it and download it as Word", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin");
  // One demote (a goal becomes an action), one skip.
  await importWordPlan(page, "sodertalje");
  const [created] = await query<{ id: number; status: string }>(
    `SELECT d.id, d.status FROM "Document" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.slug = 'sodertalje' AND d.slug = $1`,
    [SLUG],
  );
  expect(created!.status).toBe("DRAFT");
  const revisions = await query<{ n: string }>(`SELECT count(*) AS n FROM "Revision" WHERE "entityType" = 'document' AND "entityId" = $1`, [created!.id]);
  expect(Number(revisions[0]!.n)).toBe(1);

  // The preview renders the public page, but a draft has nothing to download. (Read, not opened: the
  // browser would prefetch the draft's public addresses, which answer 404 until it is published.)
  const preview = await (await page.request.get(`/admin/sodertalje/forhandsgranska/document/${created!.id}`)).text();
  expect(preview).toContain("Färre utsätts för brott");
  expect(preview).not.toContain("Ladda ned som Word");

  // A resident sees nothing of the draft, then the published plan.
  const resident = await browser.newPage();
  expect((await resident.goto(`/sodertalje/dokument/${SLUG}`))!.status()).toBe(404);
  expect((await resident.request.get(`/sodertalje/dokument/${SLUG}/word.docx`)).status()).toBe(404);
  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page.getByRole("link", { name: "Visa den publika sidan" })).toBeVisible();

  expect((await resident.goto(`/sodertalje/dokument/${SLUG}`))!.status()).toBe(200);
  const main = resident.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(wordPlanTitle);
  await expect(main).toContainText("Fokusområden");
  await expect(main.getByRole("link", { name: /Färre utsätts för brott/ })).toBeVisible();
  await expect(main).not.toContainText("Fler vuxna ute på kvällar");

  const [download] = await Promise.all([resident.waitForEvent("download"), main.getByRole("link", { name: "Ladda ned som Word" }).click()]);
  expect(download.suggestedFilename()).toBe(`sodertalje-${SLUG}.docx`);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.concat(chunks) });
  expect(text).toContain(wordPlanTitle);
  expect(text).toContain("Fokusområde 1: Trygghet");
  expect(text).toContain("Färre utsätts för brott");
  expect(text).not.toContain("Fler vuxna ute på kvällar");
  await resident.close();
});

test("a body over the upload limit is refused in Swedish before Next reads it", async ({ request }) => {
  const response = await request.post(IMPORT, {
    headers: { "next-action": "0".repeat(42), "content-type": "multipart/form-data; boundary=gr4ns" },
    data: Buffer.alloc(22 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("högst 20 MB");
});

test("a reviewer has no Word import", async ({ page }) => {
  await signIn(page, "reviewer");
  // Asked for without rendering: the browser logs a 404 page as an error.
  expect((await page.request.get(IMPORT)).status()).toBe(404);
});
