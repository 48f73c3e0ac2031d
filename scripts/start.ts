// `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo content, build, server.
import path from "node:path";
import { openDatabase } from "@/lib/db/bootstrap";
import { loadContent } from "@/lib/content/load";
import { formatImportStats } from "@/lib/content/report";
import { buildIfNeeded, startServer } from "./lib/serve";

const log = (line: string) => console.log(`[strategiportalen] ${line}`);
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 3000);
const forceImport = process.argv.includes("--import");

const database = await openDatabase({ log });
log(database.embedded ? `Inbyggd PostgreSQL körs (data i .data/postgres).` : "Använder PostgreSQL från DATABASE_URL.");
process.env.DATABASE_URL = database.url;
const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };

const { db } = await import("@/lib/db/client");
if (forceImport || (await db.municipality.count()) === 0) {
  const { importContent } = await import("@/lib/content/import");
  log("Läser in demoinnehållet från content/…");
  log(formatImportStats(await importContent(db, await loadContent(path.resolve("content")))));
} else {
  log("Databasen har redan innehåll (kör `npm run content:import` för att läsa in content/ igen).");
}
await db.$disconnect();

await buildIfNeeded(".next", env, log);
const server = startServer({ distDir: ".next", host, port, env });
log(`Portalen startar på http://${host === "0.0.0.0" ? "localhost" : host}:${port}/`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
