// `npm run seed:scale -- --municipalities 290 [--seed text]`: replaces the synthetic national data set
// (Syntetkommun 001…, slugs syntet-001…) in DATABASE_URL or the embedded PostgreSQL. The demo
// municipalities stay; an empty database gets content/ (demo and reference data) first.
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/bootstrap";
import { DEFAULT_SEED } from "@/lib/scale/seed";
import { seedScaleDataset } from "./lib/seed-scale";

const log = (line: string) => console.log(`[seed:scale] ${line}`);
const { values } = parseArgs({
  options: { municipalities: { type: "string", default: "290" }, seed: { type: "string", default: DEFAULT_SEED } },
});

const database = await openDatabase({ log });
// NOTE: as the owner: the generator ends with ANALYZE, which only a table's owner may run.
process.env.DATABASE_URL = database.ownerUrl;
const { db } = await import("@/lib/db/client");
let exitCode = 0;
try {
  await seedScaleDataset(db, { municipalities: Number(values.municipalities), seed: values.seed, log });
} catch (error) {
  console.error(`[seed:scale] Avbröts: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
