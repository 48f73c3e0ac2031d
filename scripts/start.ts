// `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo content, build, server.
import { leaveSignalsToCaller } from "@/lib/db/embedded";
import { prepareApp } from "./lib/prepare";
import { buildIfNeeded, startServer, stopChild } from "./lib/serve";

const log = (line: string) => console.log(`[strategiportalen] ${line}`);
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 3000);
const address = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;

const { database, env } = await prepareApp({ address, forceImport: process.argv.includes("--import"), log });
await buildIfNeeded(".next", env, log);
const server = startServer({ distDir: ".next", host, port, env });
log(`Portalen startar på ${address}/`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // The server answers the requests it has begun before it exits; the database must outlive them.
  await stopChild(server);
  await database.stop();
  process.exit(code);
}
// From here on this script stops its servers before the database itself.
leaveSignalsToCaller();
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
