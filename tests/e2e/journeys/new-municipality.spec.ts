import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import mammoth from "mammoth";
import { expect, test } from "../support/console";
import { e2eDatabaseFile } from "../support/accounts";
import { query } from "../support/database";
import { choosePasswordFromMail, inviteAdministrator, signInWith } from "../support/people";
import { signIn } from "../support/sign-in";
import { importWordPlan, WORD_PLAN_SLUG } from "../support/word-plan";
import { wordPlanTitle } from "../../factories/word";

// Issue 13's journey: a municipality joins in the browser, brings its plan in from Word and takes it out
// again as Word and as the content files, which the command-line import then reads back.
const m = "nykommun";
const run = promisify(execFile);

/** `npm run content:import` on a folder, against the test server's database. */
async function contentImport(dir: string, ...flags: string[]) {
  const { databaseUrl } = JSON.parse(await readFile(e2eDatabaseFile(process.env.E2E_PORT || 3210), "utf8")) as { databaseUrl: string };
  return run("npx", ["tsx", "scripts/content-import.ts", dir, ...flags], { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
  );
}

const revisionCount = async () =>
  Number(
    (await query<{ n: string }>(`SELECT count(*) AS n FROM "Revision" r JOIN "Municipality" m ON m.id = r."municipalityId" WHERE m.slug = $1`, [m]))[0]!.n,
  );

test("an operator adds a municipality, its administrator brings a plan from Word, publishes it, and takes it out as Word and as content files", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const email = `admin-${Date.now()}@nykommun.example`;
  const password = "nykommuns-eget-lösenord";

  await signIn(page, "operator");
  await page.goto("/admin/plattform");
  const create = page.locator("section", { has: page.getByRole("heading", { name: "Lägg till en kommun" }) });
  await create.getByLabel("Kommunkod").fill("0998");
  await create.getByLabel("Namn").fill("Nykommun");
  await create.getByLabel("Adress i webben").fill(m);
  await create.getByRole("button", { name: "Lägg till kommunen" }).click();
  await expect(create.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await inviteAdministrator(page, "Nykommun", { email, name: "Nora Nyadmin" });

  const admin = await choosePasswordFromMail(browser, email, password);
  await signInWith(admin, email, password, `/admin/${m}`);
  await importWordPlan(admin, m);
  await admin.getByRole("button", { name: "Publicera" }).click();
  await admin.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(admin.getByRole("link", { name: "Visa den publika sidan" })).toBeVisible();

  const resident = await browser.newPage();
  expect((await resident.goto(`/${m}/dokument/${WORD_PLAN_SLUG}`))!.status()).toBe(200);
  await expect(resident.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(wordPlanTitle);
  await expect(resident.getByRole("main").getByRole("link", { name: /Färre utsätts för brott/ })).toBeVisible();
  const word = await resident.request.get(`/${m}/dokument/${WORD_PLAN_SLUG}/word.docx`);
  expect(word.status()).toBe(200);
  expect((await mammoth.extractRawText({ buffer: await word.body() })).value).toContain("Färre utsätts för brott");
  await resident.close();

  // The content files, as the administrator downloads them, read back by the command-line import.
  const download = await admin.request.get(`/admin/${m}/innehall.zip`);
  expect(download.status()).toBe(200);
  const dir = await mkdtemp(path.join(os.tmpdir(), "nykommun-"));
  try {
    await writeFile(path.join(dir, "innehall.zip"), await download.body());
    // The zip holds one folder, content/, as the repository does.
    await run("unzip", ["-q", path.join(dir, "innehall.zip"), "-d", dir]);
    const before = await revisionCount();
    const unchanged = await contentImport(path.join(dir, "content"));
    expect(unchanged.output).toContain("Inget att ändra");
    expect(unchanged.code).toBe(0);
    expect(await revisionCount(), "an import of unchanged files writes nothing").toBe(before);

    // The title changed in the browser: the files' older title does not overwrite it without --force.
    const [plan] = await query<{ id: number }>(
      `SELECT d.id FROM "Document" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.slug = $1 AND d.slug = $2`,
      [m, WORD_PLAN_SLUG],
    );
    await admin.goto(`/admin/${m}/dokument/${plan!.id}`);
    await admin.getByLabel(/^Rubrik/).fill("Trygghetsplan, reviderad i webbläsaren");
    await admin.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
    const refused = await contentImport(path.join(dir, "content"));
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("Importen vägrar, inget skrevs");
    expect(refused.output).toContain("Nora Nyadmin");
    const [document] = await query<{ title: string }>(
      `SELECT d.title FROM "Document" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.slug = $1 AND d.slug = $2`,
      [m, WORD_PLAN_SLUG],
    );
    expect(document!.title).toBe("Trygghetsplan, reviderad i webbläsaren");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
