import type { BrowserContext, Page, Request } from "@playwright/test";
import { expect, test } from "../support/console";
import { signIn } from "../support/sign-in";
import { demoAction, query } from "../support/database";
import type { AccountName } from "../support/accounts";
import { replayAll } from "../support/replay";
import { adminReplays } from "./replays";

const PLAN = "handlingsplan-social-hallbarhet-2026-2030";

/**
 * Server actions are public POST endpoints. Capture the exact request the administrator's browser
 * sends (stopped before it reaches the server), then send the same request as other people.
 */
async function captureServerAction(page: Page, field: string, submit: () => Promise<void>): Promise<Request> {
  const captured = new Promise<Request>((resolve) => {
    void page.route(
      (url) => url.pathname.startsWith("/admin/"),
      async (route) => {
        const request = route.request();
        // The form's own action, recognised by its fields (the page also calls the Markdown preview action).
        // React sends a form action's fields with a reference prefix: name="_1_title".
        const body = request.postDataBuffer()?.toString("utf8") ?? "";
        if (request.method() === "POST" && request.headers()["next-action"] && new RegExp(`name="(_?\\d+_)?${field}"`).test(body)) {
          resolve(request);
          await route.abort();
        } else {
          await route.continue();
        }
      },
    );
  });
  await submit();
  return captured;
}

async function replay(context: BrowserContext, request: Request) {
  const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => name !== "cookie"));
  const response = await context.request.post(request.url(), { headers, data: request.postDataBuffer()!, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}

const revisionsOf = async (actionId: number) =>
  Number((await query<{ count: string }>(`SELECT count(*) FROM "Revision" WHERE "entityType" = 'action' AND "entityId" = $1`, [actionId]))[0]!.count);

async function contextAs(browser: import("@playwright/test").Browser, account: AccountName | null) {
  const context = await browser.newContext();
  if (account) await signIn(await context.newPage(), account);
  return context;
}

test("every write is refused, at the HTTP level, to the signed-out, a reviewer, an editor of another area and another municipality's administrator", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const action = await demoAction(PLAN, "1", "1");
  // The demo content's import wrote the action's first revision.
  const revisionsBefore = await revisionsOf(action.id);
  // Its own page, outside the console-error check: the stopped requests log errors there by design.
  const admin = await (await contextAs(browser, "admin")).newPage();
  await admin.goto(`/admin/sodertalje/atgard/${action.id}`);
  await admin.getByLabel("Rubrik").fill("Obehörig ändring");
  const save = await captureServerAction(admin, "title", () => admin.getByRole("button", { name: "Spara ändringarna" }).click());
  await admin.unrouteAll({ behavior: "ignoreErrors" });
  await admin.reload();
  await admin.getByRole("button", { name: "Arkivera" }).click();
  const archive = await captureServerAction(admin, "status", () => admin.getByRole("button", { name: "Ja, arkivera" }).click());

  const expectations: [AccountName | null, RegExp][] = [
    [null, /Du behöver logga in/],
    ["reviewer", /Du har inte behörighet/],
    ["areaEditor", /Du har inte behörighet/],
    ["otherMunicipality", /Du har inte behörighet/],
  ];
  for (const [account, message] of expectations) {
    const context = await contextAs(browser, account);
    for (const request of [save, archive]) {
      const response = await replay(context, request);
      expect(response.status, `${account ?? "signed out"}: the action answers, refusing`).toBeLessThan(500);
      expect(response.body, `${account ?? "signed out"}`).toMatch(message);
    }
    await context.close();
  }

  const [stored] = await query<{ title: string; version: number; status: string }>(`SELECT title, version, status FROM "Action" WHERE id = $1`, [action.id]);
  expect(stored).toEqual({ title: action.title, version: action.version, status: action.status });
  expect(await revisionsOf(action.id), "no refused write left a revision").toBe(revisionsBefore);
});

test("the admin pages: signed out go to sign-in, another municipality's user finds nothing, a reviewer can only read", async ({ browser }) => {
  const action = await demoAction(PLAN, "1", "2");
  const path = `/admin/sodertalje/atgard/${action.id}`;

  const signedOut = await (await contextAs(browser, null)).newPage();
  await signedOut.goto(path);
  await expect(signedOut).toHaveURL(/\/logga-in\?tillbaka=/);

  const stranger = await (await contextAs(browser, "otherMunicipality")).newPage();
  expect((await stranger.goto(path))!.status()).toBe(404);
  expect((await stranger.goto("/admin/sodertalje/anvandare"))!.status()).toBe(404);

  const reviewer = await (await contextAs(browser, "reviewer")).newPage();
  await reviewer.goto(path);
  await expect(reviewer.getByText("Du kan läsa men inte ändra här.")).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Spara ändringarna" })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: "Arkivera" })).toHaveCount(0);
  expect((await reviewer.goto("/admin/sodertalje/anvandare"))!.status()).toBe(404);
});

test("every admin server action, called over HTTP with valid input, is refused to the signed-out, a reviewer, an editor of another area and another municipality's administrator", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await replayAll(browser, baseURL!, adminReplays, {
    setupAs: "admin",
    wrongUsers: [null, "reviewer", "areaEditor", "otherMunicipality"],
    municipalities: ["sodertalje"],
  });
});
