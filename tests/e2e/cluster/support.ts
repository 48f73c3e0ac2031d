import { spawn, spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type ClusterInfo = {
  databaseUrl: string;
  redisUrl: string;
  front: { url: string; pid: number };
  instances: { url: string; pid: number }[];
};

/** Starts scripts/e2e-cluster.ts (its own database, Redis, two instances of the .next-e2e build, Varnish) and waits until it is up. */
export async function startTestCluster(): Promise<{ info: ClusterInfo; stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-cluster-test-"));
  const infoFile = path.join(dir, "cluster.json");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-cluster.ts", infoFile], { stdio: ["ignore", "ignore", "inherit"] });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const text = await readFile(infoFile, "utf8").catch(() => null);
    if (text) return { info: JSON.parse(text) as ClusterInfo, stop };
    await sleep(250);
  }
  await stop();
  throw new Error("The test cluster did not start.");
}

/** Stops a process the cluster started (an app instance) and waits until it is gone. */
export async function stopProcess(pid: number) {
  process.kill(pid, "SIGTERM");
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(100);
  }
  throw new Error(`process ${pid} did not stop`);
}

/**
 * Runs `npm run content:import` as an operator would, against the cluster's database, Redis and front,
 * on a copy of content/ that `edit` may change first.
 */
export async function importEditedContent(info: ClusterInfo, edit: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-content-"));
  try {
    await cp("content", dir, { recursive: true });
    await edit(dir);
    const env = { ...process.env, DATABASE_URL: info.databaseUrl, REDIS_URL: info.redisUrl, CACHE_PURGE_URLS: info.front.url };
    // --force: the publish test edited an action in the browser, which the import would otherwise refuse to
    // overwrite (that refusal is tested in tests/integration/content-import-engine.test.ts and the journeys).
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-import.ts", dir, "--force"], { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`content:import failed: ${result.stderr}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const replaceInFile = async (file: string, from: string, to: string) => writeFile(file, (await readFile(file, "utf8")).replace(from, to));
