import { expect, follow, test } from "../support/console";

test.describe("a resident finds their way by clicking", () => {
  test("from the start page to a plan's action and the strategy goal it serves", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategiportalen");
    await follow(page, "Södertälje kommun");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Södertälje kommun");

    await follow(page, "Handlingsplan för social hållbarhet 2026–2030");
    const facts = page.getByRole("region", { name: "Om dokumentet" });
    await expect(facts).toContainText("KS 24/550");
    await expect(facts).toContainText("13 maj 2026");
    await expect(facts).toContainText("31 december 2030");
    await expect(facts).toContainText("Handlingsplan för suicidprevention");

    await follow(page, /^1\. En god start i livet/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("En god start i livet");
    await follow(page, /Samordna förebyggande insatser/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samordna förebyggande insatser");
    await expect(page.getByRole("navigation", { name: "Du är här" })).toContainText("Handlingsplan för social hållbarhet 2026–2030");

    await follow(page, /Varje barn lever i ekonomisk trygghet/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Varje barn lever i ekonomisk trygghet");
    await expect(page.getByRole("main")).toContainText("Samordna förebyggande insatser");
  });

  test("from a policy area to an Agenda 2030 goal and everything linked to it", async ({ page }) => {
    await page.goto("/");
    await follow(page, "Katrineholms kommun");
    await follow(page, "Policy – Social hållbarhet");
    await follow(page, /Folkhälsoarbete/);
    await expect(page.getByRole("main")).toContainText("psykisk hälsa och suicidprevention");
    await follow(page, /Globalt mål 16/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fredliga och inkluderande samhällen");
    await expect(page.getByRole("main")).toContainText("Trygghetsarbete");
    await expect(page.getByRole("main")).toContainText("16.1");

    await follow(page, "Agenda 2030", page.getByRole("navigation", { name: "Huvudmeny" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda 2030");
  });

  test("to networks, good examples and knowledge", async ({ page }) => {
    await page.goto("/katrineholm");
    await follow(page, "Nätverk och samverkansgrupper");
    await expect(page.getByRole("table")).toContainText("PRODIS-nätverk");
    await page.goto("/katrineholm");
    await follow(page, "Goda exempel");
    await follow(page, "Tjuvdans");
    await expect(page.getByRole("main")).toContainText("Pernilla Vidh och Fredrik Ankarstrand");
    await page.goto("/katrineholm");
    await follow(page, "Kunskap");
    await follow(page, "Risk- och skyddsfaktorer");
    await expect(page.getByRole("main")).toContainText("Familjevåld");
  });

  test("to dialogues, the situation analysis, the process map and the people", async ({ page }) => {
    await page.goto("/angelholm");
    await follow(page, "Medborgardialoger");
    await expect(page.getByRole("main")).toContainText("94");
    await page.goto("/angelholm");
    await follow(page, "Nuläge");
    await expect(page.getByRole("main")).toContainText("Det tidiga livets villkor");
    await page.goto("/angelholm");
    await follow(page, /Processkarta/);
    await expect(page.getByRole("main")).toContainText("Ledningsprocesser");
    await page.goto("/angelholm");
    await follow(page, "Personer och grupper");
    await expect(page.getByRole("main")).toContainText("Anne-Marie Lindén");

    await follow(page, "Tillgänglighetsredogörelse", page.getByRole("contentinfo"));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tillgänglighetsredogörelse");
  });
});
