import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { e2eDatabaseFile } from "./accounts";
import pg from "pg";

const port = process.env.E2E_PORT || 3210;
const server = () => JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { databaseUrl: string; serverPid: number };

/** Whether the database answers; a connection the stopping server terminates is "no", not a crash. */
async function reachable() {
  const client = new pg.Client({ connectionString: server().databaseUrl, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Stops the test server's PostgreSQL (its test-only SIGUSR1 control, scripts/e2e-server.ts) and waits until it is down. */
export async function stopDatabase() {
  process.kill(server().serverPid, "SIGUSR1");
  await expect.poll(reachable, { timeout: 30_000, message: "the database stops" }).toBe(false);
}

/** Starts it again on the same port and data (SIGUSR2) and waits until it answers. */
export async function startDatabase() {
  process.kill(server().serverPid, "SIGUSR2");
  await expect.poll(reachable, { timeout: 60_000, message: "the database starts again" }).toBe(true);
}
