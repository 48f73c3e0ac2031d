import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

/**
 * The bad-input corpus (issue 9, hole 5): generated addresses sent to every route in app/ and every
 * query parameter, over real HTTP to the production build. None may answer 5xx, and a 4xx must answer
 * in Swedish. Routes are read from app/ itself, so a new route is covered, and a route this file cannot
 * give an example address for fails the test.
 */

// ── The corpus: as it appears in an address (already percent-encoded where it has to be) ───────────

const encoded = (values: string[]) => values.map(encodeURIComponent);
const raw = [
  // NUL and other control characters, alone and inside a slug
  "%00",
  "sodertalje%00",
  "%00%00",
  "a%0Ab",
  "%0D%0A",
  "%09",
  "%7F",
  "%1B",
  "%08",
  // invalid or overlong UTF-8, broken escapes
  "%FF",
  "%C0%AF",
  "%C0%80",
  "%E0%80%80",
  "%ED%A0%80",
  "%F8%88%80%80%80",
  "%C3%28",
  "%C3",
  "%",
  "%2",
  "%zz",
  "%%",
  "%u0041",
  // dots and slashes, encoded
  "%2e%2e",
  "%2E",
  "..%2F..%2Fetc%2Fpasswd",
  "%2F",
  "%5C",
  "%5C..%5C",
  "%252e%252e",
  // lengths
  "a".repeat(201),
  "a".repeat(3000),
  "%41".repeat(1200),
  "-".repeat(300),
];
const text = encoded([
  "..",
  ".",
  "'",
  '"',
  "<script>alert(1)</script>",
  ";",
  "`",
  "$(id)",
  "|",
  "&&",
  "*",
  "_",
  "\\",
  "{}",
  "[]",
  "()",
  "^",
  "$",
  "?",
  "#x",
  "%",
  "' OR '1'='1",
  '1; DROP TABLE "Document"; --',
  "%' --",
  "\\x00",
  "\\u0000",
  ".*",
  "(a+)+$",
  "[",
  "\\d+",
  "a{1,99999}",
  "__proto__",
  "constructor",
  "prototype",
  "valueOf",
  "toString",
  "hasOwnProperty",
  "__defineGetter__",
  "then",
  "length",
  "0",
  "-1",
  "-0",
  "1e309",
  "99999999999999999999",
  "NaN",
  "Infinity",
  "0x10",
  "1.5",
  "2147483648",
  "9007199254740993",
  "-2147483649",
  "00001",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "2026-13-01",
  "1970-01-01T00:00:00Z",
  "-0001-01-01",
  "+275760-09-13",
  "2026-1-1",
  "1899-12-31",
  "å",
  "ÅÄÖ",
  "🙂",
  "\u202etxt.exe",
  "\u200b",
  "ｓｏｄｅｒｔａｌｊｅ",
  "a\u030a",
  " ",
  "\u3000",
]);
const corpus = [...raw, ...text, "+", "%20"];

// ── Routes, from app/ ───────────────────────────────────────────────────────────────────────────────

/**
 * Each page or route handler as an address pattern: route groups left out, `[x]` kept. The language
 * segment is left out too (the Swedish addresses; /fi and /en reach the same routes), and so is the
 * catch-all of unmatched addresses, which only ever answers 404.
 */
function routes(dir = path.resolve("app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "[...rest]") continue;
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) || entry.name === "[locale]" ? "" : `/${entry.name}`;
      found.push(...routes(path.join(dir, entry.name), prefix + segment));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) found.push(prefix || "/");
    else if (entry.name === "sitemap.ts") found.push(`${prefix}/sitemap.xml`);
    else if (entry.name === "robots.ts") found.push(`${prefix}/robots.txt`);
  }
  return found;
}
const publicRoutes = routes().filter((r) => !r.startsWith("/admin") && !r.startsWith("/api/auth"));

/** Values of the segments that are not in the sitemap. */
const fixedExamples: Record<string, string> = {
  "[municipality]": "sodertalje",
  "[period]": "2025",
  "[agendaGoal]": "mal-3",
  "[dataset]": "actions.json",
  // An e-mailed link's token: an unknown one answers the page that says the link does not work.
  "[token]": "0".repeat(43),
};

/** Query parameters per route, with a usable value. */
const queryParams: Record<string, Record<string, string>> = {
  "/sok": {
    q: "barn",
    typ: "atgard",
    kommun: "sodertalje",
    dokument: "handlingsplan-social-hallbarhet-2026-2030",
    omrade: "1-trygg-uppvaxt",
    status: "DONE",
    agenda: "3",
    sida: "1",
  },
  "/[municipality]/dokument/[document]/mal/[goal]/andringar": { sedan: "2025-01-01" },
  "/api/v1/[dataset]": {
    kommun: "sodertalje",
    dokument: "handlingsplan-social-hallbarhet-2026-2030",
    omrade: "1-trygg-uppvaxt",
    agenda: "3",
    status: "DONE",
    period: "2025",
    indikator: "x",
    sida: "1",
    antal: "10",
  },
  "/logga-in": { tillbaka: "/admin", error: "CredentialsSignin" },
};

/** `size` values of the list, starting at a different place each turn. */
const rotating = <T>(list: T[], size: number, turn: number) =>
  Array.from({ length: Math.min(size, list.length) }, (_, i) => list[(turn * size + i) % list.length]!);

const fill = (route: string, values: Record<string, string>) => route.replace(/\[[^\]]+\]/g, (s) => values[s] ?? s);

function swedish(body: string) {
  return (
    !/could not be found|Bad Request|Internal Server Error|This page couldn|Application error/i.test(body) &&
    /[åäöÅÄÖ]|\b(finns|inte|sidan|adressen|anges|ingen|kommunen)\b/i.test(body)
  );
}

type Probe = { url: string; what: string };

/**
 * Since Next.js 16.3 a page's notFound() answers with an empty error shell that the browser fills with the
 * not-found page of the address's language (docs/decisions/135): its words are not in the raw HTML, so
 * these 404s are checked in Chromium instead (expectDrawnInSwedish).
 */
const drawnByBrowser = (status: number, body: string) =>
  status === 404 && body.includes('id="__next_error__"') && body.includes("NEXT_HTTP_ERROR_FALLBACK;404");

async function send(request: APIRequestContext, probes: Probe[], concurrency = 8) {
  const failures: string[] = [];
  const shells: Probe[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const probe = probes[next++]!;
        const response = await request.get(probe.url, { maxRedirects: 0, timeout: 30_000 });
        const status = response.status();
        if (status >= 500) failures.push(`${status} ${probe.what}: ${probe.url.slice(0, 200)}`);
        else if (status < 400) continue;
        const body = await response.text();
        if (drawnByBrowser(status, body)) shells.push(probe);
        else if (!swedish(body)) failures.push(`${status} not in Swedish, ${probe.what}: ${probe.url.slice(0, 200)}`);
      }
    }),
  );
  return { failures, shells };
}

/**
 * One 404 shell of each route and parameter, opened in Chromium: the page a resident sees must be the
 * Swedish 404 page. Addresses the browser would rewrite before sending (dots, backslashes) are left to
 * the raw check above, since the browser would ask for another address.
 */
async function expectDrawnInSwedish(page: Page, shells: Probe[], base: string) {
  const sample = new Map<string, Probe>();
  for (const shell of shells) {
    const url = new URL(shell.url, base);
    if (url.pathname + url.search === shell.url && !sample.has(shell.what)) sample.set(shell.what, shell);
  }
  expect(sample.size, "404s checked in the browser").toBeGreaterThan(0);
  for (const { url, what } of [...sample.values()].slice(0, 25)) {
    const response = await page.goto(url);
    expect(response?.status(), `${what}: ${url}`).toBe(404);
    await expect(page.locator("html"), url).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 }), `${what}: ${url}`).toHaveText("Sidan finns inte");
  }
}

/**
 * Bad path segments. Each segment name gets the whole corpus once (the municipality) or a large share
 * (where it is its route's last segment), elsewhere a rotating share, so every route meets every kind
 * of input and the run stays well under three minutes on a small machine.
 */
function pathProbes(values: Record<string, string>): Probe[] {
  const done = new Set<string>();
  let turn = 0;
  const probes = publicRoutes.flatMap((route) => {
    const names = route.match(/\[[^\]]+\]/g) ?? [];
    return names.flatMap((segment, i) => {
      const whole = i === names.length - 1 && !done.has(segment);
      if (whole) done.add(segment);
      const share = segment === "[municipality]" && whole ? corpus : rotating(corpus, whole ? 30 : 6, turn++);
      return share.map((bad) => ({ url: fill(route, { ...values, [segment]: bad }), what: `${route} ${segment}` }));
    });
  });
  // Static routes get the corpus as an extra segment.
  const staticRoutes = publicRoutes.filter((r) => !r.includes("["));
  probes.push(
    ...staticRoutes.flatMap((route, i) =>
      rotating(corpus, 10, i).map((bad) => ({ url: `${route === "/" ? "" : route}/${bad}`, what: `${route} extra segment` })),
    ),
  );
  return probes;
}

/** Bad values of every query parameter, the others usable; and prototype names as parameter names. */
function queryProbes(values: Record<string, string>): Probe[] {
  const probes: Probe[] = Object.entries(queryParams).flatMap(([route, params]) =>
    Object.keys(params).flatMap((name) =>
      rotating(corpus, 20, name.length + route.length).map((bad) => {
        const others = Object.entries(params)
          .filter(([n]) => n !== name)
          .map(([n, v]) => `${n}=${encodeURIComponent(v)}`);
        return { url: `${fill(route, values)}?${[...others, `${name}=${bad}`].join("&")}`, what: `${route} ?${name}` };
      }),
    ),
  );
  for (const dataset of [
    "municipalities",
    "documents",
    "areas",
    "goals",
    "actions",
    "action-follow-ups",
    "goal-assessments",
    "indicators",
    "indicator-values",
  ]) {
    for (const format of ["json", "csv"]) {
      probes.push({ url: `/api/v1/${dataset}.${format}?__proto__=1&constructor=x&sida=1&sida=%00`, what: "prototype parameter names" });
      probes.push({ url: `/api/v1/${dataset}.${format}?kommun[]=a&kommun=b&antal=1e3`, what: "repeated parameters" });
    }
  }
  return probes;
}

test.describe("the bad-input corpus", () => {
  test.describe.configure({ mode: "serial" });
  let values: Record<string, string>;

  test.beforeAll(async ({ request }) => {
    // Real slugs, read from the sitemap (the demo content may rename them): an action, and an area and
    // goal of the same document where it has them, so every segment after them is reached.
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const first = (pattern: string) => new RegExp(`/sodertalje/${pattern}<`).exec(sitemap)?.slice(1) ?? [];
    const [document = "saknas", action = "saknas"] = first("dokument/([a-z0-9-]+)/atgard/([a-z0-9-]+)");
    const [area = "saknas"] = first(`dokument/${document}/omrade/([a-z0-9-]+)`);
    const [goal = "saknas"] = first(`dokument/${document}/mal/([a-z0-9-]+)`);
    values = {
      ...fixedExamples,
      "[document]": document,
      "[action]": action,
      "[area]": area,
      "[goal]": goal,
      "[example]": first("goda-exempel/([a-z0-9-]+)")[0] ?? "saknas",
      "[page]": first("kunskap/([a-z0-9-]+)")[0] ?? "saknas",
      "[map]": first("processkarta/([a-z0-9-]+)")[0] ?? "saknas",
    };
  });

  test("every route answers its example address, and names every dynamic segment this test knows", async ({ request }) => {
    const unknown = publicRoutes.flatMap((r) => (r.match(/\[[^\]]+\]/g) ?? []).filter((s) => !(s in values)).map((s) => `${r}: ${s}`));
    expect(unknown, "segments without an example value: add one above").toEqual([]);
    for (const route of publicRoutes) {
      const response = await request.get(fill(route, values), { maxRedirects: 0 });
      expect(response.status(), route).toBeLessThan(500);
    }
  });

  test("sends at least a thousand inputs, and no route answers 5xx to a bad path segment; every 4xx is in Swedish", async ({ request, page, baseURL }) => {
    test.setTimeout(180_000);
    expect(pathProbes(values).length + queryProbes(values).length, "the corpus run").toBeGreaterThan(1000);
    const { failures, shells } = await send(request, pathProbes(values));
    expect(failures).toEqual([]);
    await expectDrawnInSwedish(page, shells, baseURL!);
  });

  test("no query parameter makes a route answer 5xx, and every 4xx is in Swedish", async ({ request, page, baseURL }) => {
    test.setTimeout(180_000);
    expect(
      Object.keys(queryParams).filter((r) => !publicRoutes.includes(r)),
      "parameters for routes that no longer exist",
    ).toEqual([]);
    const { failures, shells } = await send(request, queryProbes(values));
    expect(failures).toEqual([]);
    if (shells.length > 0) await expectDrawnInSwedish(page, shells, baseURL!);
  });
});
