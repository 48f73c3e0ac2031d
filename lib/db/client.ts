import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL saknas: starta portalen med `npm start`, som sätter den, eller ange en PostgreSQL-adress.");
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter, log: env.LOG_QUERIES ? ["query", "warn", "error"] : ["warn", "error"] });
}

export type Db = ReturnType<typeof createClient>;

// NOTE: kept on globalThis so hot reloads and test files share one pool instead of leaking connections.
const globalForDb = globalThis as unknown as { strategiportalenDb?: Db };

export const db: Db = globalForDb.strategiportalenDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.strategiportalenDb = db;
