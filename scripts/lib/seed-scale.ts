import path from "node:path";
import type { Db } from "@/lib/db/client";
import { loadContent } from "@/lib/content/load";
import { seedScale, type SeedScaleResult } from "@/lib/scale/seed";

/**
 * The synthetic national data set with progress on the console, for `npm run seed:scale` and the
 * benchmark. An empty database gets content/ (the demo and the reference data) first, as `npm start` would.
 */
export async function seedScaleDataset(db: Db, options: { municipalities: number; seed: string; log: (line: string) => void }): Promise<SeedScaleResult> {
  const { municipalities, seed, log } = options;
  if ((await db.agenda2030Goal.count()) === 0) {
    const { importContent } = await import("@/lib/content-sync/import");
    log("Databasen är tom: läser först in content/ (demo- och referensdata)…");
    await importContent(db, await loadContent(path.resolve("content")));
  }
  log(`Genererar ${municipalities} syntetiska kommuner (frö "${seed}")…`);
  const step = Math.max(1, Math.round(municipalities / 20));
  const result = await seedScale(db, {
    municipalities,
    seed,
    onProgress: (done, total) => {
      if (done % step === 0 || done === total) log(`${done}/${total} kommuner (${Math.round((100 * done) / total)} %)`);
    },
  });
  if (result.removed) log(`Tog först bort ${result.removed} tidigare syntetiska kommuner.`);
  for (const [table, n] of Object.entries(result.rows)) log(`  ${table.padEnd(20)} ${n}`);
  log(`Klart på ${result.seconds.toFixed(1)} s.`);
  return result;
}
