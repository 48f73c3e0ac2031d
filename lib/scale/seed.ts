import type { Db } from "@/lib/db/client";
import { generateMunicipality } from "./generate";
import { MAX_SYNTHETIC_MUNICIPALITIES, SYNTHETIC_SLUG_PREFIX } from "./synthetic";
import { writeMunicipality, type RowCounts } from "./write";

export const DEFAULT_SEED = "strategiportalen";

export type SeedScaleOptions = {
  municipalities: number;
  seed?: string;
  onProgress?: (done: number, total: number) => void;
};

export type SeedScaleResult = { municipalities: number; removed: number; rows: RowCounts; seconds: number };

const syntheticOnly = { slug: { startsWith: SYNTHETIC_SLUG_PREFIX } };

/**
 * Replaces the synthetic data set with `municipalities` generated ones, each in its own
 * transaction. Everything else (the demo municipalities, reference data) is left as it is.
 */
export async function seedScale(db: Db, { municipalities, seed = DEFAULT_SEED, onProgress }: SeedScaleOptions): Promise<SeedScaleResult> {
  if (!Number.isInteger(municipalities) || municipalities < 1 || municipalities > MAX_SYNTHETIC_MUNICIPALITIES) {
    throw new Error(`Antalet kommuner ska vara ett heltal mellan 1 och ${MAX_SYNTHETIC_MUNICIPALITIES}.`);
  }
  const [agendaGoals, publicHealthAreas] = await Promise.all([db.agenda2030Goal.count(), db.publicHealthArea.count()]);
  if (agendaGoals < 17 || publicHealthAreas < 8) {
    throw new Error("Referensdata (Agenda 2030 och folkhälsans målområden) saknas: läs in content/ först.");
  }
  const started = performance.now();
  // Cascades to every row of the synthetic municipalities, so a rerun starts from the same state.
  const { count: removed } = await db.municipality.deleteMany({ where: syntheticOnly });
  const rows: RowCounts = {};
  for (let index = 1; index <= municipalities; index++) {
    const municipality = generateMunicipality(index, seed);
    const counts = await db.$transaction((tx) => writeMunicipality(tx, municipality), { timeout: 60_000 });
    for (const [table, n] of Object.entries(counts)) rows[table] = (rows[table] ?? 0) + n;
    onProgress?.(index, municipalities);
  }
  // Fresh statistics after a bulk load, so the planner sees the new sizes now rather than whenever autovacuum gets to it.
  await db.$executeRawUnsafe("ANALYZE");
  return { municipalities, removed, rows, seconds: (performance.now() - started) / 1000 };
}

export const countSyntheticMunicipalities = (db: Db) => db.municipality.count({ where: syntheticOnly });
