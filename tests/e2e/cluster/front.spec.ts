import path from "node:path";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { withClient } from "../../support/pg-client";
import { importEditedContent, replaceInFile, startTestCluster, stopProcess, type ClusterInfo } from "./support";

// The production topology (docs/decisions/070–072): Varnish in front of two instances sharing Redis.
// One cluster for the file; the tests run in order, and the last ones stop its instances.
test.describe.configure({ mode: "serial" });

const PLAN = "handlingsplan-social-hallbarhet-2026-2030";
let info: ClusterInfo;
let stopCluster: () => Promise<void>;

test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  ({ info, stop: stopCluster } = await startTestCluster());
});
test.afterAll(async () => {
  await stopCluster?.();
});

const front = () => info.front.url;
const cacheStatus = (response: APIResponse) => response.headers()["x-cache"];

test("a publish on one instance shows at once through the front and on the other instance; a draft never through the front", async ({ page, request }) => {
  const [a, b] = info.instances;
  const [action] = await withClient(
    info.databaseUrl,
    async (c) =>
      (
        await c.query<{ id: number; slug: string }>(
          `SELECT a.id, a.slug FROM "Action" a JOIN "Area" ar ON ar.id = a."areaId" JOIN "Document" d ON d.id = a."documentId" WHERE d.slug = $1 AND ar.number = '3' AND a.number = '1'`,
          [PLAN],
        )
      ).rows,
  );
  const publicPath = `/sodertalje/dokument/${PLAN}/atgard/${action!.slug}`;
  await request.get(front() + publicPath);
  expect(cacheStatus(await request.get(front() + publicPath)), "stored by the front").toBe("HIT");
  expect((await request.get(b!.url + publicPath)).status()).toBe(200);

  // Signed in through the front; the session cookie (127.0.0.1, any port) reaches instance A as well.
  await signIn(page, "admin", "/admin", front());
  await page.goto(`${a!.url}/admin/sodertalje/atgard/${action!.id}`);
  await page.getByRole("button", { name: "Gör till utkast igen" }).click();
  await page.getByRole("button", { name: "Ja, gör till utkast" }).click();
  await expect(page.getByRole("button", { name: "Publicera" })).toBeVisible();
  expect((await request.get(front() + publicPath)).status(), "unpublished: gone from the front").toBe(404);
  expect((await request.get(b!.url + publicPath)).status(), "and from instance B").toBe(404);

  await page.getByLabel("Text", { exact: true }).fill("Publicerad genom instans A.");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
  const draft = await request.get(front() + publicPath);
  expect(draft.status(), "a draft never shows through the front").toBe(404);
  expect(await draft.text()).not.toContain("Publicerad genom instans A.");

  await page.getByRole("button", { name: "Publicera" }).click();
  await page.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page.getByRole("link", { name: "Visa den publika sidan" })).toBeVisible();
  const published = await request.get(front() + publicPath);
  expect(published.status()).toBe(200);
  expect(await published.text()).toContain("Publicerad genom instans A.");
  expect(await (await request.get(b!.url + publicPath)).text()).toContain("Publicerad genom instans A.");
});

test("the front never stores admin or signed-in responses, and a signed-in person gets the public page", async ({ page, request }) => {
  await signIn(page, "editor", "/admin", front());
  for (let i = 0; i < 2; i++) {
    const admin = await page.request.get(`${front()}/admin/sodertalje`);
    expect(admin.status()).toBe(200);
    expect(await admin.text()).toContain("Erik Redaktör");
    expect(cacheStatus(admin), "admin pages pass the front").toBe("PASS");
  }
  const anonymous = await request.get(`${front()}/angelholm/personer`);
  const signedIn = await page.request.get(`${front()}/angelholm/personer`);
  expect(cacheStatus(signedIn), "the public page, from the front's store").toBe("HIT");
  expect(await signedIn.text()).toBe(await anonymous.text());
  expect(await signedIn.text()).not.toContain("Erik Redaktör");
});

test("a content import from the command line shows through the front at once", async ({ request }) => {
  await request.get(`${front()}/katrineholm`);
  expect(cacheStatus(await request.get(`${front()}/katrineholm`))).toBe("HIT");
  await importEditedContent(info, (dir) =>
    replaceInFile(
      path.join(dir, "municipalities", "katrineholm", "municipality.yaml"),
      "Hållbarhetsarbetet i Katrineholms kommun",
      "Importerat från kommandoraden: hållbarhetsarbetet",
    ),
  );
  expect(await (await request.get(`${front()}/katrineholm`)).text()).toContain("Importerat från kommandoraden");
  expect(await (await request.get(`${info.instances[1]!.url}/katrineholm`)).text()).toContain("Importerat från kommandoraden");
});

test("the front answers a common search until a publish purges it (the public-data key); a new query renders", async ({ request }) => {
  const common = `${front()}/sok?q=lyktgubbe`;
  expect(await (await request.get(common)).text()).not.toContain("Lyktgubbe");
  expect(cacheStatus(await request.get(common)), "a search asked again").toBe("HIT");
  const fresh = await request.get(`${front()}/sok?q=barn`);
  expect(fresh.status()).toBe(200);
  expect(cacheStatus(fresh), "a query new to the front").toBe("MISS");
  await importEditedContent(info, (dir) =>
    replaceInFile(
      path.join(dir, "municipalities", "katrineholm", "documents", "policy-social-hallbarhet.yaml"),
      "title: Policy – Social hållbarhet",
      "title: Policy – Lyktgubbe",
    ),
  );
  const after = await request.get(common);
  expect(cacheStatus(after), "purged by the import's expiry").toBe("MISS");
  expect(await after.text()).toContain("Lyktgubbe");
});

test("an instance stopped with SIGTERM answers what it has begun, and the front answers through the other", async ({ request }) => {
  const [a] = info.instances;
  const begun = Array.from({ length: 8 }, (_, i) => fetch(`${a!.url}/sok?q=avslut${i}`).then((r) => r.status));
  await new Promise((resolve) => setTimeout(resolve, 150));
  await stopProcess(a!.pid);
  expect(await Promise.all(begun)).toEqual(Array(8).fill(200));
  for (let i = 0; i < 6; i++) expect((await request.get(`${front()}/sok?q=efter${i}`)).status()).toBe(200);
});

test("with every instance stopped, the front serves the pages it had and a Swedish 503 for the rest", async ({ request }) => {
  await request.get(`${front()}/angelholm`);
  // Purged (as by a publish) and then the app goes away: the last good page is still served.
  expect((await fetch(front(), { method: "PURGE", headers: { xkey: "municipality:angelholm" } })).status).toBe(200);
  await stopProcess(info.instances[1]!.pid);
  await expect.poll(async () => (await request.get(`${front()}/angelholm`)).status(), { timeout: 15_000 }).toBe(200);
  const missing = await request.get(`${front()}/katrineholm/natverk`);
  expect(missing.status()).toBe(503);
  expect(missing.headers()["retry-after"]).toBe("30");
  expect(await missing.text()).toContain("Tillfälligt otillgänglig");
});
