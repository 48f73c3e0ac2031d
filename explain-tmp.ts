import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
const pg = await startEmbeddedPostgres({ dataDir: path.resolve(".data/bench/postgres") });
process.env.DATABASE_URL = pg.url;
const { db } = await import("@/lib/db/client");
const { Prisma } = await import("@/lib/generated/prisma/client");
const { search } = await import("@/lib/search/queries");
for (const q of ["barn", "barn trygghet", "våld"]) {
  const t = Date.now(); const r = await search({ q } as never); console.log(q, Date.now() - t, "ms", r.total);
  const t2 = Date.now(); await search({ q } as never); console.log(q, "again", Date.now() - t2, "ms");
}
const original = db.$queryRaw.bind(db);
let plan: unknown;
(db as any).$queryRaw = async (strings: TemplateStringsArray, ...values: unknown[]) => {
  plan = await original(Prisma.sql(["EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) " + strings[0], ...strings.slice(1)], ...values) as never);
  return [];
};
await search({ q: "barn" } as never);
console.log((plan as { "QUERY PLAN": string }[]).map((r) => r["QUERY PLAN"]).join("\n"));
await db.$disconnect(); await pg.stop();
