import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";

const required = (label: string) => `${label} (obligatoriskt)`;

test("an administrator creates and publishes a network and a good example, edits a group's members, and a resident sees them (and no draft)", async ({
  page,
  browser,
}) => {
  // NOTE: the dashboard is checked as HTML, not visited: on this branch it links the users page, which
  // lands from another branch, and the browser's prefetch of that link would log a 404.
  await signIn(page, "admin", "/admin/sodertalje/innehall/natverk");
  const dashboard = await (await page.request.get("/admin/sodertalje")).text();
  for (const segment of ["natverk", "goda-exempel", "kunskap", "medborgardialoger", "personer", "processkarta", "nulage", "organisationer"]) {
    expect(dashboard).toContain(`href="/admin/sodertalje/innehall/${segment}"`);
  }

  await test.step("a network: created as a draft, then published", async () => {
    await page.getByRole("link", { name: "+ Nytt nätverk" }).click();
    await page.getByLabel(required("Namn")).fill("Trygghetsnätverket");
    await page.getByLabel(required("Syfte")).fill("Samordnar **trygghetsarbetet** mellan förvaltningarna.");
    await page.getByRole("button", { name: "Skapa" }).click();
    await page.waitForURL(/\/admin\/sodertalje\/innehall\/natverk\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trygghetsnätverket");
    await expect(page.getByText(/Utkast$/)).toBeVisible();
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByRole("button", { name: "Ja, publicera" }).click();
    await expect(page.getByText(/Gällande$/)).toBeVisible();
  });

  await test.step("a second network, a draft, moved to the top of the list with the keyboard", async () => {
    await page.goto("/admin/sodertalje/innehall/natverk/ny");
    await page.getByLabel(required("Namn")).fill("Ungdomsnätverket");
    await page.getByLabel(required("Syfte")).fill("Unga vuxnas röst i kommunen.");
    await page.getByRole("button", { name: "Skapa" }).click();
    await page.waitForURL(/\/admin\/sodertalje\/innehall\/natverk\/\d+$/);
    await page.goto("/admin/sodertalje/innehall/natverk");
    await page.getByRole("button", { name: "Flytta upp Ungdomsnätverket" }).focus();
    await page.keyboard.press("Enter");
    const items = page.getByRole("main").getByRole("list").last().getByRole("listitem");
    await expect(items.first()).toContainText("Ungdomsnätverket");
    await expect(page.getByRole("button", { name: "Flytta ned Ungdomsnätverket" })).toBeFocused();
  });

  await test.step("a good example: created and published", async () => {
    await page.goto("/admin/sodertalje/innehall/goda-exempel");
    await page.getByRole("link", { name: "+ Nytt gott exempel" }).click();
    await page.getByLabel(required("Rubrik")).fill("Läxhjälp i Hovsjö");
    await page.getByLabel(required("Sammanfattning")).fill("Ungdomar hjälper yngre barn med läxorna.");
    await page.getByLabel("Text", { exact: true }).fill("Biblioteket och fritidsgården **samarbetar**.");
    await page.getByRole("button", { name: "Skapa" }).click();
    await page.waitForURL(/\/admin\/sodertalje\/innehall\/goda-exempel\/\d+$/);
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByRole("button", { name: "Ja, publicera" }).click();
    await expect(page.getByRole("link", { name: "Visa den publika sidan" })).toHaveAttribute("href", "/sodertalje/goda-exempel/laxhjalp-i-hovsjo");
  });

  await test.step("a group: a wrong e-mail is refused with everything typed kept, then created", async () => {
    await page.goto("/admin/sodertalje/innehall/personer/ny");
    await page.getByLabel(required("Namn")).first().fill("Referensgruppen för social hållbarhet");
    await page.getByLabel(required("Slag av grupp")).selectOption({ label: "Referensgrupp" });
    const person = (n: number) => page.getByRole("group", { name: `Person ${n}`, exact: true });
    await person(1).getByLabel(required("Namn")).fill("Anna Andersson");
    await person(1).getByLabel("Roll").fill("Ordförande");
    await page.getByRole("button", { name: "Lägg till en person" }).click();
    await expect(person(2).getByLabel(required("Namn"))).toBeFocused();
    await page.keyboard.type("Bo Berg");
    await person(2).getByLabel("E-postadress").fill("bo.berg");
    await page.getByRole("button", { name: "Skapa" }).click();

    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Personer, person 2: E-postadress: Ogiltig e-postadress");
    await expect(person(1).getByLabel(required("Namn"))).toHaveValue("Anna Andersson");
    await expect(person(2).getByLabel("E-postadress")).toHaveValue("bo.berg");
    await person(2).getByLabel("E-postadress").fill("bo.berg@sodertalje.example.se");
    await page.getByRole("button", { name: "Skapa" }).click();
    await page.waitForURL(/\/admin\/sodertalje\/innehall\/personer\/\d+$/);
  });

  await test.step("the group's members: one added and moved up with the keyboard, one removed, then published", async () => {
    const person = (n: number) => page.getByRole("group", { name: `Person ${n}`, exact: true });
    await page.getByRole("button", { name: "Lägg till en person" }).click();
    await page.keyboard.type("Cecilia Ek");
    await person(3).getByRole("button", { name: "Flytta upp person 3" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Flytta upp person 2" })).toBeFocused();
    await expect(person(2).getByLabel(required("Namn"))).toHaveValue("Cecilia Ek");
    await person(3).getByRole("button", { name: "Ta bort person 3" }).click();
    await expect(person(3)).toHaveCount(0);
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    // The group was just created: "Skapad och sparad." is still said above.
    await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByRole("button", { name: "Ja, publicera" }).click();
    await expect(page.getByText(/Gällande$/)).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    await page.getByRole("link", { name: "Historik" }).click();
    await expect(page.getByText("Anna Andersson, Ordförande; Bo Berg, bo.berg@sodertalje.example.se").first()).toBeVisible();
  });

  await test.step("a resident sees all three", async () => {
    const resident = await (await browser.newContext()).newPage();
    await resident.goto("/sodertalje/natverk");
    await expect(resident.getByRole("rowheader", { name: "Trygghetsnätverket" })).toBeVisible();
    await expect(resident.locator("strong", { hasText: "trygghetsarbetet" })).toBeVisible();
    await expect(resident.getByText("Ungdomsnätverket")).toHaveCount(0);

    await resident.goto("/sodertalje/goda-exempel/laxhjalp-i-hovsjo");
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Läxhjälp i Hovsjö");

    await resident.goto("/sodertalje/personer");
    const group = resident.getByRole("region", { name: "Referensgruppen för social hållbarhet" });
    await expect(group.getByRole("rowheader")).toHaveText(["Anna Andersson", "Cecilia Ek"]);
    await expect(resident.getByText("Bo Berg")).toHaveCount(0);
    await resident.context().close();
  });
});
