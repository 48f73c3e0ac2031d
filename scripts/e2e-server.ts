// The server Playwright tests run against: a fresh embedded PostgreSQL on a temporary folder,
// migrated and filled with the demo content and the test accounts, and a production build in .next-e2e.
import { leaveSignalsToCaller, startEmbeddedPostgres } from "@/lib/db/embedded";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { e2eDatabaseFile } from "../tests/e2e/support/accounts";
import { startSmtpCapture } from "../tests/support/smtp-capture";
import { e2eDataDir, e2eServerUrl, startE2eDatabase } from "./lib/e2e-database";
import { buildIfNeeded, startServer } from "./lib/serve";

const port = Number(process.env.E2E_PORT || 3210);
const log = (line: string) => console.log(`[e2e-server] ${line}`);

const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-e2e-"));
let database = await startE2eDatabase(dir);
// Invitations and reset links go to a real SMTP server on a free loopback port, which writes each
// message into the run's folder; tests/e2e/support/mail.ts reads them from there.
const mailDir = path.join(dir, "mail");
const smtp = await startSmtpCapture({ dir: mailDir });
await writeFile(e2eDatabaseFile(port), JSON.stringify({ databaseUrl: database.url, serverPid: process.pid, mailDir }));
log("Databasen är klar.");

const env = {
  ...process.env,
  DATABASE_URL: database.appUrl,
  NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
  NEXTAUTH_URL: e2eServerUrl(port),
  SITE_URL: e2eServerUrl(port),
  SMTP_URL: smtp.url,
  // The shared test accounts sign in in parallel all through the suite, and a TOTP code is accepted
  // once: they sign in with passwords alone. Enrolment and the requirement have their own tests.
  TOTP_REQUIRED_FOR: "none",
  NEXT_TELEMETRY_DISABLED: "1",
};
await buildIfNeeded(".next-e2e", env, log);
// Cached pages and data on disk belong to an earlier run's database: this run starts from a fresh one.
for (const cache of [
  ["cache", "fetch-cache"],
  ["server", "route-cache"],
])
  await rm(path.join(".next-e2e", ...cache), { recursive: true, force: true });
const server = startServer({ distDir: ".next-e2e", host: "127.0.0.1", port, env });

// Test-only control (tests/e2e/support/outage.ts): SIGUSR1 stops the database, SIGUSR2 starts it again
// on the same port, so a test can see how the portal answers while its database is down.
process.on("SIGUSR1", () => void database.stop().then(() => log("Databasen är stoppad.")));
process.on(
  "SIGUSR2",
  () =>
    void startEmbeddedPostgres({ dataDir: e2eDataDir(dir), port: database.port, disposable: true }).then((started) => {
      database = started;
      log("Databasen är startad igen.");
    }),
);

async function stop() {
  server.kill("SIGTERM");
  await smtp.close().catch(() => undefined);
  await database.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await rm(e2eDatabaseFile(port), { force: true });
  process.exit(0);
}
// From here on this script stops its servers before the database itself.
leaveSignalsToCaller();
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());
