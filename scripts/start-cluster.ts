// `npm run start:cluster`: the production topology on this machine — the database (embedded unless
// DATABASE_URL is set), Redis, two app instances sharing its cache, and Varnish in front on PORT.
import { leaveSignalsToCaller } from "@/lib/db/embedded";
import path from "node:path";
import { keptSecret } from "@/lib/auth/secret";
import { startCluster } from "./lib/cluster";
import { prepareApp } from "./lib/prepare";
import { buildIfNeeded } from "./lib/serve";

const log = (line: string) => console.log(`[strategiportalen] ${line}`);
const port = Number(process.env.PORT || 3000);
const instances = Number(process.env.CLUSTER_INSTANCES || 2);
const address = `http://localhost:${port}`;
const dataDir = path.resolve(".data");

const { database, env } = await prepareApp({ address, forceImport: process.argv.includes("--import"), log });
await buildIfNeeded(".next", env, log);
const serverActionsKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || (await keptSecret(path.join(dataDir, "server-actions-key"), 32, "base64"));
const cluster = await startCluster({ distDir: ".next", env, port, instances, dir: path.join(dataDir, "cluster"), serverActionsKey }).catch(
  async (error: Error) => {
    await database.stop();
    log(error.message);
    process.exit(1);
  },
);
log(`Redis: ${cluster.redis.url}. Instanser: ${cluster.instances.map((i) => i.url).join(", ")}.`);
log(`Portalen svarar genom Varnish på ${address}/`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  await database.stop();
  process.exit(code);
}
// From here on this script stops its servers before the database itself.
leaveSignalsToCaller();
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
