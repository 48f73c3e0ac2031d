import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { demoAction, query } from "../support/database";

const PLAN = "handlingsplan-social-hallbarhet-2026-2030";
const STRATEGY = "strategi-social-hallbarhet-2025-2030";

test("a coordinator edits an action's text and goal links as a draft, publishes it, and residents see the change", async ({ page, browser }) => {
  const action = await demoAction(PLAN, "2", "1");
  const publicPath = `/sodertalje/dokument/${PLAN}/atgard/${action.slug}`;
  await signIn(page, "admin");
  await page.goto(`/admin/sodertalje/atgard/${action.id}`);

  await page.getByRole("button", { name: "Gör till utkast igen" }).click();
  await expect(page.getByRole("heading", { name: /^Vill du göra ”.+” till utkast\?$/ })).toBeFocused();
  await page.getByRole("button", { name: "Ja, gör till utkast" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som utkast" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publicera" })).toBeVisible();

  await page.getByLabel("Text", { exact: true }).fill("Reviderad text: *samverkan* mellan skola och socialtjänst.");
  const goals = page.getByRole("group", { name: "Mål som åtgärden bidrar till" });
  await goals.getByLabel(/Mål O:/).check();
  await expect(page.getByRole("region", { name: "Förhandsvisning" }).first()).toContainText("samverkan");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();

  // A resident, not signed in, does not see the draft, not even by searching for it.
  const resident = await browser.newPage();
  expect((await resident.goto(publicPath))!.status()).toBe(404);
  await resident.goto("/sok?q=reviderad");
  await expect(resident.getByRole("main")).not.toContainText(action.title);

  // The coordinator previews it, then publishes.
  await page.getByRole("link", { name: "Förhandsgranska" }).click();
  await expect(page.getByRole("note")).toContainText("Förhandsgranskning");
  await expect(page.getByRole("main")).toContainText("Reviderad text");
  await page.getByRole("link", { name: "Tillbaka till redigering" }).click();
  // The preview has a "Publicera" of its own: wait for the edit page before asking for it.
  await page.waitForURL(`/admin/sodertalje/atgard/${action.id}`);
  await page.getByRole("button", { name: "Publicera" }).click();
  // Asked first, with what residents will see; "Avbryt" changes nothing.
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.getByText(/Utkast$/)).toBeVisible();
  await page.getByRole("button", { name: "Publicera" }).click();
  await expect(page.getByText(/Sidan blir synlig för alla/)).toBeVisible();
  await page.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Publicerad. Invånarna kan nu se sidan." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Visa den publika sidan" })).toBeVisible();

  const response = await resident.goto(publicPath);
  expect(response!.status()).toBe(200);
  await expect(resident.getByRole("main")).toContainText("Reviderad text: samverkan mellan skola och socialtjänst.");
  await expect(resident.getByRole("region", { name: "Bidrar till" })).toContainText("Varje invånare lever fritt från våld och hot om våld");
  // Search results are cached, and expire with any public change: the very next search finds it.
  await resident.goto("/sok?q=reviderad");
  await expect(resident.getByRole("main").getByRole("link", { name: action.title })).toBeVisible();
  // The strategy's goal page, in another document, lists the action at once.
  await resident.goto(`/sodertalje/dokument/${STRATEGY}/mal/o-varje-invanare-lever-fritt-fran-vald-och-hot-om-vald`);
  await expect(resident.getByRole("main")).toContainText(action.title);
  await resident.close();

  const [stored] = await query<{ status: string; text: string }>(`SELECT status, text FROM "Action" WHERE id = $1`, [action.id]);
  expect(stored).toEqual({ status: "PUBLISHED", text: "Reviderad text: *samverkan* mellan skola och socialtjänst." });
});

test("two coordinators edit the same goal: the second save shows the conflict and loses nothing; history restores the old text", async ({ browser }) => {
  const [goal] = await query<{ id: number; text: string | null; title: string }>(
    `SELECT g.id, g.text, g.title FROM "Goal" g JOIN "Document" d ON d.id = g."documentId" WHERE d.slug = $1 AND g.code = 'C'`,
    [STRATEGY],
  );
  const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
  await signIn(first, "admin");
  await signIn(second, "editor");
  for (const page of [first, second]) await page.goto(`/admin/sodertalje/mal/${goal!.id}`);

  await first.getByLabel("Text", { exact: true }).fill("Första personens text.");
  await first.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(first.getByRole("status")).toHaveText("Ändringarna är sparade.");

  await second.getByLabel("Text", { exact: true }).fill("Andra personens text.");
  await second.getByRole("button", { name: "Spara ändringarna" }).click();
  const alert = second.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Någon annan har sparat ändringar");
  await expect(alert).toBeFocused();
  await expect(second.getByText("Alva Administratör")).toBeVisible();
  await expect(second.getByText("Första personens text.")).toBeVisible();
  await expect(second.getByLabel("Text", { exact: true }), "nothing typed is lost").toHaveValue("Andra personens text.");

  // Having seen the other change, the second person saves over it knowingly.
  await second.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(second.getByRole("status")).toHaveText("Ändringarna är sparade.");

  await second.getByRole("link", { name: "Historik" }).click();
  await expect(second.getByRole("heading", { name: /Version 3: Ändrad av Erik Redaktör/ })).toBeVisible();
  await expect(second.getByRole("heading", { name: /Version 2: Ändrad av Alva Administratör/ })).toBeVisible();
  await second.getByRole("button", { name: "Återställ till version 2" }).click();
  await expect(second.getByRole("heading", { name: /Version 4: Återställd av Erik Redaktör/ })).toBeVisible();

  const [stored] = await query<{ text: string }>(`SELECT text FROM "Goal" WHERE id = $1`, [goal!.id]);
  expect(stored!.text).toBe("Första personens text.");
  await Promise.all([first.close(), second.close()]);
});
