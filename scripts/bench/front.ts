// The production topology under the same load as the single server (docs/decisions/022, 072): two
// instances of the bench build sharing Redis, Varnish in front. Measures the cached goal page through
// the front, whether a publish shows on the very next request, and every process's memory.
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";
import { paths } from "@/lib/paths";
import { startCluster } from "../lib/cluster";
import { runLoad, type LoadResult } from "./load";
import { sampleMemory } from "./memory";
import type { Sample } from "./targets";

export type FrontMeasurement = {
  runs: LoadResult[];
  /** Requests through the front after a publish until the change showed (1: the very next one), null: never within 5. */
  freshAfterRequests: number | null;
  instancePeakRssBytes: number[];
  redisPeakRssBytes: number;
  varnishPeakRssBytes: number;
};

type Options = {
  distDir: string;
  env: NodeJS.ProcessEnv;
  sample: Sample;
  connections: number[];
  seconds: number;
  warmUpSeconds: number;
  maxRequests: number;
  workDir: string;
  log: (line: string) => void;
};

export async function measureFront(options: Options): Promise<FrontMeasurement> {
  const { sample, log } = options;
  const env = { ...options.env, NEXTAUTH_SECRET: options.env.NEXTAUTH_SECRET || randomBytes(48).toString("base64url") };
  const cluster = await startCluster({
    distDir: options.distDir,
    env,
    port: await freePort(),
    instances: 2,
    dir: path.join(options.workDir, "cluster"),
    serverActionsKey: randomBytes(32).toString("base64"),
    stdout: "pipe",
  });
  const samplers = [...cluster.instances.map((i) => i.child.pid!), cluster.redis.pid, cluster.front.pid].map((pid) => sampleMemory(pid));
  try {
    const goalPath = paths.goal(sample.municipality, sample.strategy, sample.goal);
    const load = { baseUrl: cluster.front.url, paths: [goalPath], maxRequests: options.maxRequests, workDir: options.workDir };
    await fetch(cluster.front.url + goalPath).then((r) => r.text());
    if ((await fetch(cluster.front.url + goalPath)).headers.get("x-cache") !== "HIT") throw new Error(`${goalPath} lagrades inte i Varnish.`);
    const runs = [];
    for (const connections of options.connections) {
      await runLoad({ ...load, connections, seconds: options.warmUpSeconds });
      const result = await runLoad({ ...load, connections, seconds: options.seconds });
      log(
        `Målsida genom Varnish, ${connections} anslutningar: ${result.requestsPerSecond} req/s, p95 ${result.latencyMs.p95} ms${result.errors ? `, ${result.errors} fel` : ""}`,
      );
      runs.push(result);
    }
    const freshAfterRequests = await publishAndCount(
      cluster.front.url,
      goalPath,
      { ...env, REDIS_URL: cluster.redis.url, CACHE_PURGE_URLS: cluster.front.url },
      sample,
    );
    log(
      freshAfterRequests === 1
        ? "Efter en publicering visade nästa begäran ändringen."
        : `Efter en publicering: ${freshAfterRequests ?? "ingen av 5"} begäranden.`,
    );
    const [redisPeakRssBytes, varnishPeakRssBytes] = await Promise.all(samplers.slice(-2).map((s) => s.stop()));
    const instancePeakRssBytes = await Promise.all(samplers.slice(0, -2).map((s) => s.stop()));
    return { runs, freshAfterRequests, instancePeakRssBytes, redisPeakRssBytes: redisPeakRssBytes!, varnishPeakRssBytes: varnishPeakRssBytes! };
  } finally {
    await Promise.all(samplers.map((s) => s.stop()));
    await cluster.stop();
  }
}

async function publishAndCount(frontUrl: string, goalPath: string, env: NodeJS.ProcessEnv, sample: Sample): Promise<number | null> {
  const marker = `Publicerat under mätningen ${Date.now()}`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/publish.ts", sample.municipality, sample.strategy, sample.goal, marker], {
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Publiceringen misslyckades: ${result.stderr}`);
  for (let request = 1; request <= 5; request++) {
    if ((await (await fetch(frontUrl + goalPath)).text()).includes(marker)) return request;
  }
  return null;
}
