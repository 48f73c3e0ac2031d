import { expect, type Browser } from "@playwright/test";
import { accounts, type AccountName } from "./accounts";
import { query } from "./database";
import { callServerAction, serverActionIds, type ActionCall, type ActionKey } from "./server-actions";
import { signIn } from "./sign-in";

export const PLAN = "handlingsplan-social-hallbarhet-2026-2030";

/** Ids the replayed calls aim at, read from the test server's database. */
export async function demoIds() {
  const one = async (sql: string, params: unknown[] = []) => {
    const [row] = await query<{ id: number }>(sql, params);
    if (!row) throw new Error(`nothing for ${sql}`);
    return row.id;
  };
  const municipality = (slug: string) => one(`SELECT id FROM "Municipality" WHERE slug = $1`, [slug]);
  const [sodertalje, katrineholm] = [await municipality("sodertalje"), await municipality("katrineholm")];
  const planArea = await one(`SELECT a.id FROM "Area" a JOIN "Document" d ON d.id = a."documentId" WHERE d.slug = $1 AND a.number = '1'`, [PLAN]);
  const inMunicipality = (table: string, m: number) =>
    one(`SELECT x.id FROM "${table}" x JOIN "Document" d ON d.id = x."documentId" WHERE d."municipalityId" = $1 ORDER BY x.id LIMIT 1`, [m]);
  return {
    sodertalje,
    katrineholm,
    plan: await one(`SELECT id FROM "Document" WHERE slug = $1`, [PLAN]),
    planArea,
    action: await one(`SELECT id FROM "Action" WHERE "areaId" = $1 ORDER BY position LIMIT 1`, [planArea]),
    goal: await one(
      `SELECT g.id FROM "Goal" g JOIN "Document" d ON d.id = g."documentId" WHERE d."municipalityId" = $1 AND d.kind = 'STRATEGY' ORDER BY g.id LIMIT 1`,
      [sodertalje],
    ),
    goalArea: await one(
      `SELECT g."areaId" AS id FROM "Goal" g JOIN "Document" d ON d.id = g."documentId" WHERE d."municipalityId" = $1 AND d.kind = 'STRATEGY' ORDER BY g.id LIMIT 1`,
      [sodertalje],
    ),
    section: await inMunicipality("DocumentSection", sodertalje),
    organisation: await one(`SELECT id FROM "Organisation" WHERE "municipalityId" = $1 ORDER BY id LIMIT 1`, [sodertalje]),
    editor: await one(`SELECT id FROM "User" WHERE email = $1`, [accounts.editor.email]),
    otherArea: await inMunicipality("Area", katrineholm),
  };
}
export type DemoIds = Awaited<ReturnType<typeof demoIds>>;

/**
 * One server action tried by the wrong users. `setup` may first make an allowed change (as the
 * administrator who may) that the call needs, e.g. a revision to restore; it gets a caller for that.
 */
export type ReplayCase = {
  call: (ids: DemoIds, allowed: (key: ActionKey, call: ActionCall) => Promise<string>) => Promise<ActionCall>;
  /** Who is refused (default: all the wrong users); the others may use the action (e.g. the Markdown preview). */
  refused?: (AccountName | null)[];
  /** How a refusal shows, when not as the form's message (the preview answers with nothing). */
  refusal?: RegExp;
};

const messages = { signedOut: /Du behöver logga in/, forbidden: /Du har inte behörighet/ };

/**
 * Calls every action of `cases` as each wrong user, over HTTP with valid input, and expects each refused;
 * then checks that none of them wrote anything in the municipalities (the audit log names every write's author).
 */
export async function replayAll(
  browser: Browser,
  baseURL: string,
  cases: Partial<Record<ActionKey, ReplayCase>>,
  options: { setupAs: AccountName; wrongUsers: (AccountName | null)[]; municipalities: string[] },
) {
  const ids = serverActionIds();
  const demo = await demoIds();
  const contextAs = async (account: AccountName | null) => {
    const context = await browser.newContext({ baseURL });
    if (account) await signIn(await context.newPage(), account);
    return context;
  };
  const setup = await contextAs(options.setupAs);
  const allowed = async (key: ActionKey, call: ActionCall) => {
    const response = await callServerAction(setup.request, baseURL, ids.get(key)!, call);
    expect(response.body, `${key} as ${options.setupAs}`).not.toMatch(/"status":"(error|invalid|conflict)"/);
    return response.body;
  };
  const calls = new Map<ActionKey, ActionCall>();
  for (const [key, replay] of Object.entries(cases) as [ActionKey, ReplayCase][]) {
    expect(ids.get(key), `${key} is a server action of the build`).toBeTruthy();
    calls.set(key, await replay.call(demo, allowed));
  }
  for (const account of options.wrongUsers) {
    const context = await contextAs(account);
    for (const [key, call] of calls) {
      const replay = cases[key]!;
      if (replay.refused && !replay.refused.includes(account)) continue;
      const response = await callServerAction(context.request, baseURL, ids.get(key)!, call);
      const who = `${key} as ${account ?? "signed out"}`;
      expect(response.status, who).toBeLessThan(500);
      expect(response.body, who).toMatch(replay.refusal ?? (account ? messages.forbidden : messages.signedOut));
    }
    await context.close();
  }
  await setup.close();
  const emails = options.wrongUsers.filter((a) => a !== null).map((a) => accounts[a].email);
  const writes = await query<{ actor: string; action: string; entityType: string | null }>(
    `SELECT e.actor, e.action, e."entityType" FROM "AuditEvent" e JOIN "Municipality" m ON m.id = e."municipalityId"
     WHERE e.actor = ANY($1) AND m.slug = ANY($2) AND e.action NOT LIKE 'sign-%'`,
    [emails, options.municipalities],
  );
  expect(writes).toEqual([]);
}
