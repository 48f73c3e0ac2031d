import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/console";
import { pageKinds } from "../support/page-kinds";

const findabilityPages = {
  search: "/sok?q=barn",
  coverage: "/agenda-2030/tackning",
  "municipality coverage": "/sodertalje/agenda-2030",
  "open data": "/oppna-data",
};

test.describe("Open Graph on every page", () => {
  for (const [kind, path] of Object.entries({ ...pageKinds, ...findabilityPages })) {
    test(`${kind} (${path})`, async ({ page }) => {
      await page.goto(path);
      for (const property of ["og:title", "og:description", "og:url", "og:site_name", "og:locale", "og:type"]) {
        await expect(page.locator(`meta[property="${property}"]`), property).toHaveAttribute("content", /\S/);
      }
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "sv_SE");
    });
  }
});

test.describe("Agenda 2030 coverage", () => {
  // Katrineholm's policy links its areas to global goals; Södertälje's documents link none (all gaps).
  for (const path of ["/agenda-2030/tackning", "/katrineholm/agenda-2030"]) {
    test(`${path}: accessible, fits 320 px, and a cell lists exactly its count`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

      const cell = page
        .getByRole("table")
        .getByRole("link", { name: /kopplade till globalt mål/ })
        .first();
      const count = Number(await cell.textContent());
      await cell.click();
      await page.waitForURL(/\/sok\?/);
      await expect(page.getByRole("status")).toHaveText(`${count} ${count === 1 ? "träff" : "träffar"}`);
    });
  }
});

test.describe("open data, feeds and crawlers", () => {
  test("lists answer JSON and CSV; bad parameters a Swedish 400", async ({ request }) => {
    const actions = await request.get("/api/v1/actions.json?kommun=sodertalje&antal=5");
    expect(actions.status()).toBe(200);
    const body = await actions.json();
    expect(body.data).toHaveLength(5);
    expect(body.meta.total).toBeGreaterThan(5);
    const csv = await request.get("/api/v1/actions.csv?kommun=sodertalje");
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^id,municipality,documentId,/);
    const bad = await request.get("/api/v1/actions.json?agenda=99");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain("Globalt mål");
    expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);
    expect((await request.get("/api/v1/dcat.rdf?kommun=sodertalje")).headers()["content-type"]).toContain("application/rdf+xml");
  });

  test("a municipality's Atom feed is linked from its page", async ({ page, request }) => {
    await page.goto("/sodertalje");
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    const feed = await request.get(new URL(href!).pathname); // absolute on SITE_URL; fetch it from the test server
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  });

  test("sitemap.xml lists the public pages and robots.txt points to it", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const path of Object.values(pageKinds)) expect(sitemap, path).toContain(`${path === "/" ? "" : path}</loc>`);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Sitemap:");
    expect(robots).toContain("Disallow: /sok");
  });
});
