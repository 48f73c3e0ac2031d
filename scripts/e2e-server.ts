// The server Playwright tests run against: a fresh embedded PostgreSQL on a temporary folder,
// migrated and filled with the demo content and the test accounts, and a production build in .next-e2e.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { loadContent } from "@/lib/content/load";
import { accounts, E2E_PASSWORD, e2eDatabaseFile } from "../tests/e2e/support/accounts";
import { buildIfNeeded, startServer } from "./lib/serve";

const port = Number(process.env.E2E_PORT || 3210);
const log = (line: string) => console.log(`[e2e-server] ${line}`);

const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-e2e-"));
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data") });
process.env.DATABASE_URL = database.url;
await migrate(database.url);
const { db } = await import("@/lib/db/client");
const { importContent } = await import("@/lib/content/import");
const { provisionUser } = await import("@/lib/users/provision");
await importContent(db, await loadContent(path.resolve("content")));
for (const account of Object.values(accounts)) {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: account.municipality } });
  const areas = "areas" in account
    ? await db.area.findMany({ where: { document: { slug: account.areas.document, municipalityId: municipality.id }, number: { in: [...account.areas.numbers] } } })
    : [];
  await provisionUser(
    { userId: null, email: "e2e-server" },
    { email: account.email, name: account.name, municipalityId: municipality.id, role: account.role, areaIds: areas.map((a) => a.id), password: E2E_PASSWORD },
    { existingAccount: "grant" },
  );
}
await db.$disconnect();
await writeFile(e2eDatabaseFile(port), JSON.stringify({ databaseUrl: database.url }));
log("Databasen är klar.");

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  // The shared test accounts sign in in parallel all through the suite, and a TOTP code is accepted
  // once: they sign in with passwords alone. Enrolment and the requirement have their own tests.
  TOTP_REQUIRED_FOR: "none",
  NEXT_TELEMETRY_DISABLED: "1",
};
await buildIfNeeded(".next-e2e", env, log);
// Cached pages and data on disk belong to an earlier run's database: this run starts from a fresh one.
for (const cache of [["cache", "fetch-cache"], ["server", "route-cache"]]) await rm(path.join(".next-e2e", ...cache), { recursive: true, force: true });
const server = startServer({ distDir: ".next-e2e", host: "127.0.0.1", port, env });

async function stop() {
  server.kill("SIGTERM");
  await database.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await rm(e2eDatabaseFile(port), { force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());
