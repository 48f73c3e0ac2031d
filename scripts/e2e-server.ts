// The server Playwright tests run against: a fresh embedded PostgreSQL on a temporary folder,
// migrated and filled with the demo content, and a production build in .next-e2e.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { loadContent } from "@/lib/content/load";
import { buildIfNeeded, startServer } from "./lib/serve";

const port = Number(process.env.E2E_PORT || 3210);
const log = (line: string) => console.log(`[e2e-server] ${line}`);

const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-e2e-"));
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data") });
process.env.DATABASE_URL = database.url;
await migrate(database.url);
const { db } = await import("@/lib/db/client");
const { importContent } = await import("@/lib/content/import");
await importContent(db, await loadContent(path.resolve("content")));
await db.$disconnect();
log("Databasen är klar.");

const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
await buildIfNeeded(".next-e2e", env, log);
const server = startServer({ distDir: ".next-e2e", host: "127.0.0.1", port, env });

async function stop() {
  server.kill("SIGTERM");
  await database.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());
