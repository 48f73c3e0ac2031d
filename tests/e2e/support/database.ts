import { readFileSync } from "node:fs";
import type pg from "pg";
import { withClient } from "../../support/pg-client";
import { e2eDatabaseFile } from "./accounts";

const port = process.env.E2E_PORT || 3210;

/**
 * Reads the test server's database directly: to check what was (not) stored, never to set up state.
 * NOTE: every browser test shares this one server and database, in any order: a test that writes
 * must write to items no other test reads (e.g. the admin tests edit other actions than the follow-up story).
 */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { databaseUrl } = JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { databaseUrl: string };
  return withClient(databaseUrl, async (client) => (await client.query<T>(sql, params)).rows);
}

/** An action of the demo content, by its document's slug and its number within an area. */
export async function demoAction(document: string, area: string, number: string) {
  const [row] = await query<{ id: number; slug: string; text: string | null; title: string; version: number; status: string }>(
    `SELECT a.id, a.slug, a.text, a.title, a.version, a.status FROM "Action" a JOIN "Area" ar ON ar.id = a."areaId" JOIN "Document" d ON d.id = a."documentId"
     WHERE d.slug = $1 AND ar.number = $2 AND a.number = $3`,
    [document, area, number],
  );
  if (!row) throw new Error(`no action ${document} ${area}.${number}`);
  return row;
}
