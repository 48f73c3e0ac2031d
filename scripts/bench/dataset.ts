import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { APP_ROLE } from "@/lib/db/app-role";
import { createRandom, seedFrom } from "@/lib/scale/random";
import { SYNTHETIC_SLUG_PREFIX, syntheticMunicipality } from "@/lib/scale/synthetic";
import { paths } from "@/lib/paths";
import type { Db } from "@/lib/db/client";
import type { Sample } from "./targets";

export const BENCH_DATA_DIR = path.join(process.cwd(), ".data", "bench");

export type GeneratorRun = { municipalities: number; seed: string; seconds: number; rows: Record<string, number>; generatedAt: string };

/**
 * The benchmark's own embedded PostgreSQL in .data/bench, with the synthetic national data set:
 * generated on the first run (and when the size or seed changes), reused afterwards.
 */
export async function openBenchDataset(options: { municipalities: number; seed: string; log: (line: string) => void }) {
  const { municipalities, seed, log } = options;
  await mkdir(BENCH_DATA_DIR, { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir: path.join(BENCH_DATA_DIR, "postgres") });
  await migrate(pg.url, undefined, { appRole: APP_ROLE });
  // NOTE: set before the first import of the database client, which reads it once. The generator runs
  // as the owner (it ends with ANALYZE); the server it measures runs as the application role.
  process.env.DATABASE_URL = pg.url;
  const { db } = await import("@/lib/db/client");
  const { countSyntheticMunicipalities } = await import("@/lib/scale/seed");
  const { seedScaleDataset } = await import("../lib/seed-scale");

  const marker = path.join(BENCH_DATA_DIR, "dataset.json");
  const previous = JSON.parse(await readFile(marker, "utf8").catch(() => "null")) as GeneratorRun | null;
  let generator: GeneratorRun;
  if (previous?.municipalities === municipalities && previous.seed === seed && (await countSyntheticMunicipalities(db)) === municipalities) {
    generator = previous;
    log(`Återanvänder det syntetiska datasetet (${municipalities} kommuner, genererat ${previous.generatedAt}).`);
  } else {
    const result = await seedScaleDataset(db, { municipalities, seed, log });
    generator = { municipalities, seed, seconds: result.seconds, rows: result.rows, generatedAt: new Date().toISOString() };
    await writeFile(marker, `${JSON.stringify(generator, null, 2)}\n`);
  }
  const sample = await pickSample(db, seed);
  await db.$disconnect();
  return { url: pg.appUrl, generator, sample, stop: pg.stop };
}

/** The items the benchmark's addresses are built from: a typical goal of Syntetkommun 001, and every synthetic goal in a fixed random order. */
async function pickSample(db: Db, seed: string): Promise<Sample> {
  const goals = await db.goal.findMany({
    where: { document: { kind: "STRATEGY", municipality: { slug: { startsWith: SYNTHETIC_SLUG_PREFIX } } } },
    orderBy: { id: "asc" },
    select: { slug: true, areaId: true, _count: { select: { actions: true } }, document: { select: { slug: true, municipality: { select: { slug: true } } } } },
  });
  const first = syntheticMunicipality(1).slug;
  const own = goals.filter((g) => g.document.municipality.slug === first).sort((a, b) => a._count.actions - b._count.actions);
  const goal = own[Math.floor(own.length / 2)];
  if (!goal) throw new Error(`${first} saknas i benchmarkdatabasen.`);
  const [area, plan] = await Promise.all([
    db.area.findUniqueOrThrow({ where: { id: goal.areaId }, select: { slug: true } }),
    db.document.findFirstOrThrow({
      where: { kind: "ACTION_PLAN", municipality: { slug: first } },
      select: { slug: true, actions: { orderBy: { id: "asc" }, take: 1, select: { slug: true } } },
    }),
  ]);
  const random = createRandom(seedFrom(seed));
  return {
    municipality: first,
    strategy: goal.document.slug,
    plan: plan.slug,
    area: area.slug,
    goal: goal.slug,
    action: plan.actions[0]!.slug,
    goalPaths: random.shuffle(goals).map((g) => paths.goal(g.document.municipality.slug, g.document.slug, g.slug)),
    municipalities: random.shuffle([...new Set(goals.map((g) => g.document.municipality.slug))]),
  };
}
