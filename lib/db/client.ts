import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { recordQuery } from "./query-count";
import { statementName } from "./statement-name";

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL saknas: starta portalen med `npm start`, som sätter den, eller ange en PostgreSQL-adress.");
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }, { statementNameGenerator: statementName });
  // Query events are always on, so queries can be counted (tests, benchmark); they are printed only when asked for.
  const client = new PrismaClient({
    adapter,
    log: [
      { emit: "event", level: "query" },
      { emit: "stdout", level: "warn" },
      { emit: "stdout", level: "error" },
    ],
  });
  client.$on("query", (event) => {
    recordQuery();
    if (env.LOG_QUERIES) console.log(`prisma:query ${event.query}`);
  });
  return client;
}

export type Db = ReturnType<typeof createClient>;

// NOTE: kept on globalThis so hot reloads and test files share one pool instead of leaking connections.
const globalForDb = globalThis as unknown as { strategiportalenDb?: Db };

export const db: Db = globalForDb.strategiportalenDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.strategiportalenDb = db;
