import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page, Request } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/sign-in";
import { demoAction, query } from "../support/database";

/**
 * Bad input to the admin area as a signed-in administrator, who gets past every permission check to
 * the code that reads the address and the posted arguments: kind names that are prototype properties,
 * malformed ids, and server-action POSTs with a wrong action id or a garbage body. None may answer 5xx.
 */

const PLAN = "handlingsplan-social-hallbarhet-2026-2030";

function adminRoutes(dir = path.resolve("app/[locale]/admin"), prefix = "/admin"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? adminRoutes(path.join(dir, e.name), `${prefix}/${e.name}`) : e.name === "page.tsx" ? [prefix] : [],
  );
}

const corpus = [
  ...["__proto__", "constructor", "valueOf", "toString", "hasOwnProperty", "prototype", "then"],
  ...["0", "-1", "1e3", "1.5", "99999999999999999999", "2147483648", "NaN", "0x1f", "%20", "+1"],
  ...["%00", "%FF", "%C0%AF", "%2e%2e", "%2F", "a".repeat(500), "%27%20OR%201%3D1", ".*", "%5B", "%C3%A5"],
];

async function captureServerAction(page: Page, submit: () => Promise<void>): Promise<Request> {
  const captured = new Promise<Request>((resolve) => {
    void page.route(
      (url) => url.pathname.startsWith("/admin/"),
      async (route) => {
        const request = route.request();
        if (request.method() === "POST" && request.headers()["next-action"] && /name="(_?\d+_)?title"/.test(request.postDataBuffer()?.toString("utf8") ?? "")) {
          resolve(request);
          await route.abort();
        } else await route.continue();
      },
    );
  });
  await submit();
  return captured;
}

test("admin addresses with bad kinds and ids answer 404 or redirect, never 5xx", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "admin");
  const action = await demoAction(PLAN, "1", "3");
  const [plan] = await query<{ id: number }>(`SELECT id FROM "Document" WHERE slug = $1`, [PLAN]);
  const values: Record<string, string> = {
    "[municipality]": "sodertalje",
    "[id]": String(action.id),
    "[type]": "action",
    "[kind]": "medborgardialoger",
    "[table]": "atgarder",
    "[documentId]": String(plan!.id),
  };
  const routes = adminRoutes();
  const unknown = routes.flatMap((r) => (r.match(/\[[^\]]+\]/g) ?? []).filter((s) => !(s in values)));
  expect(unknown, "segments without an example value").toEqual([]);
  // Names of kinds get the whole corpus; ids, checked by the same schema on every page, a few values each.
  const urls = routes.flatMap((route) =>
    (route.match(/\[[^\]]+\]/g) ?? [])
      .filter((segment) => segment !== "[municipality]") // the same check as every public route
      .flatMap((segment) =>
        (segment === "[id]" ? ["__proto__", "0", "-1", "99999999999999999999", "%00", "1e3"] : corpus).map((bad) =>
          route.replace(/\[[^\]]+\]/g, (s) => (s === segment ? bad : values[s]!)),
        ),
      ),
  );
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const response = await page.request.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 160)}`);
        else if (response.status() === 404 && !(await response.text()).includes("Sidan finns inte")) failures.push(`404 not in Swedish ${url.slice(0, 160)}`);
      }
    }),
  );
  expect(failures).toEqual([]);
});

test("server-action POSTs with a wrong action id or a garbage body never answer 5xx, and write nothing", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin");
  const action = await demoAction(PLAN, "1", "3");
  const address = `/admin/sodertalje/atgard/${action.id}`;
  await page.goto(address);
  await page.getByLabel("Rubrik").fill("Skräp");
  const save = await captureServerAction(page, () => page.getByRole("button", { name: "Spara ändringarna" }).click());
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const headers = Object.fromEntries(Object.entries(save.headers()).filter(([name]) => name !== "cookie" && name !== "content-length"));
  const realId = headers["next-action"]!;
  const body = save.postDataBuffer()!.toString("utf8");
  const boundary = /boundary=(.*)$/.exec(headers["content-type"] ?? "")?.[1] ?? "x";
  const multipart = (fields: Record<string, string>) =>
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`;

  const attempts: { what: string; id: string; contentType: string; data: string }[] = [
    ...["0".repeat(42), "x", "__proto__", "constructor", "%00", "7f".repeat(200), ""].map((id) => ({
      what: `action id ${JSON.stringify(id)}`,
      id,
      contentType: headers["content-type"]!,
      data: body,
    })),
    ...[
      "",
      "garbage",
      "{",
      "null",
      '"constructor"',
      "[1,2,3]",
      '["$K1"]',
      '["$@0"]',
      '["$Q1","$W1"]',
      '{"__proto__":{"polluted":true}}',
      '[{"then":"$1:then"}]',
      JSON.stringify(Array(10_000).fill("x")),
      "\u0000",
    ].map((data) => ({ what: `text body ${data.slice(0, 30)}`, id: realId, contentType: "text/plain;charset=UTF-8", data })),
    ...(
      [
        { "0": "garbage" },
        { "0": '["$K1"]' },
        { "1_title": "Skräp" },
        { "0": '["$@1",{}]', "1": "garbage" },
        { "0": '["$undefined"]' },
        { "0": "[null,null]" },
      ] as Record<string, string>[]
    ).map((fields) => ({
      what: `multipart ${JSON.stringify(fields).slice(0, 40)}`,
      id: realId,
      contentType: `multipart/form-data; boundary=${boundary}`,
      data: multipart(fields),
    })),
    { what: "truncated multipart", id: realId, contentType: headers["content-type"]!, data: body.slice(0, Math.floor(body.length / 2)) },
  ];
  const failures: string[] = [];
  for (const attempt of attempts) {
    const response = await page.request.post(address, {
      headers: { ...headers, "next-action": attempt.id, "content-type": attempt.contentType },
      data: Buffer.from(attempt.data),
      maxRedirects: 0,
    });
    if (response.status() >= 500) failures.push(`${response.status()} ${attempt.what}`);
  }
  expect(failures).toEqual([]);
  const [stored] = await query<{ title: string; version: number }>(`SELECT title, version FROM "Action" WHERE id = $1`, [action.id]);
  expect(stored).toEqual({ title: action.title, version: action.version });
});
