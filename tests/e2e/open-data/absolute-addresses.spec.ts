import { expect, test } from "../support/console";

/**
 * Served on a port other than 3000 (E2E_PORT), every absolute address the portal hands out names the
 * address it is served on: catalogue, feeds, sitemap, robots.txt, open-data rows and links, page metadata.
 */
const SITE = /https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?[^\s"'<>)]*/g;

test("every absolute address on a page served on a non-default port uses that port", async ({ request, page, baseURL }) => {
  const own = new URL(baseURL!).origin;
  expect(new URL(own).port).not.toBe("3000");
  const sources = [
    "/robots.txt",
    "/sitemap.xml",
    "/sodertalje/flode.atom",
    "/sodertalje/uppfoljning/flode.xml",
    "/api/v1/dcat.rdf",
    "/api/v1/dcat.rdf?kommun=sodertalje",
    "/api/v1/documents.json?antal=5",
    "/api/v1/actions.json?kommun=sodertalje&antal=5",
  ];
  const seen: string[] = [];
  for (const source of sources) {
    const response = await request.get(source);
    expect(response.status(), source).toBe(200);
    const found = (await response.text()).match(SITE) ?? [];
    expect(found.length, `${source} names the site`).toBeGreaterThan(0);
    seen.push(...found.map((address) => `${source}: ${address}`));
  }
  await page.goto("/sodertalje");
  const metadata = await page
    .locator('link[rel="canonical"], meta[property="og:url"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("href") ?? n.getAttribute("content") ?? ""));
  expect(metadata.length).toBeGreaterThan(0);
  seen.push(...metadata.map((address) => `/sodertalje: ${address}`));
  expect(seen.filter((line) => !line.split(": ")[1]!.startsWith(`${own}/`) && line.split(": ")[1] !== own)).toEqual([]);
});
