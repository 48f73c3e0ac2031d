// The production topology the cluster browser tests run against (tests/e2e/cluster): a fresh database
// like scripts/e2e-server.ts, Redis, two instances of the .next-e2e build and Varnish in front on
// CLUSTER_PORT (or a free port). Writes the addresses and process ids to the file named by its argument
// once it is up.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, leaveSignalsToCaller } from "@/lib/db/embedded";
import { startCluster } from "./lib/cluster";
import { e2eServerUrl, startE2eDatabase } from "./lib/e2e-database";
import { buildIfNeeded } from "./lib/serve";

const port = Number(process.env.CLUSTER_PORT) || (await freePort());
const infoFile = process.argv[2];
if (!infoFile) throw new Error("Användning: [CLUSTER_PORT=<port>] tsx scripts/e2e-cluster.ts <info.json>");
const log = (line: string) => console.log(`[e2e-cluster] ${line}`);

const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-cluster-"));
const database = await startE2eDatabase(dir);
const frontUrl = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  DATABASE_URL: database.appUrl,
  NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
  NEXTAUTH_URL: frontUrl,
  // The cluster serves the e2e server's build, and SITE_URL is part of a build (prerendered pages carry
  // it): with another value it would rebuild .next-e2e under the running e2e server. No cluster test
  // reads absolute addresses; tests/e2e/open-data/absolute-addresses.spec.ts checks them on the e2e server.
  SITE_URL: e2eServerUrl(),
  // As on the e2e server: the shared test accounts sign in with passwords alone (scripts/e2e-server.ts).
  TOTP_REQUIRED_FOR: "none",
  NEXT_TELEMETRY_DISABLED: "1",
};
await buildIfNeeded(".next-e2e", env, log);
const cluster = await startCluster({
  distDir: ".next-e2e",
  env,
  port,
  instances: 2,
  dir: path.join(dir, "cluster"),
  serverActionsKey: randomBytes(32).toString("base64"),
});
const info = {
  databaseUrl: database.url,
  redisUrl: cluster.redis.url,
  front: { url: cluster.front.url, pid: cluster.front.pid },
  instances: cluster.instances.map((i) => ({ url: i.url, pid: i.child.pid! })),
};
await writeFile(infoFile, JSON.stringify(info));
log(`Klart: ${frontUrl} framför ${info.instances.map((i) => i.url).join(", ")}.`);

async function stop() {
  await cluster.stop();
  await database.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}
// From here on this script stops its servers before the database itself.
leaveSignalsToCaller();
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
