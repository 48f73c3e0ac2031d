// The production topology on one machine: Redis, several `next start` instances sharing it, Varnish in
// front (docs/decisions/070–072). Used by `npm run start:cluster`, its tests and the benchmark.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";
import { waitForHttp } from "../bench/http";
import { startRedis, type RedisServer } from "./redis";
import { startServer, stopChild } from "./serve";
import { startVarnish, type Front } from "./varnish";

export type Instance = { url: string; child: ChildProcess; stop(): Promise<void> };
export type Cluster = { front: Front; redis: RedisServer; instances: Instance[]; stop(): Promise<void> };

export type ClusterOptions = {
  /** A production build (one build for every instance: the same build id and client files). */
  distDir: string;
  /** The prepared server environment (database, session secret). */
  env: NodeJS.ProcessEnv;
  /** Where residents reach the front. */
  port: number;
  instances: number;
  /** Working folder for Redis and Varnish (absolute). */
  dir: string;
  /** Shared by every instance, so a form rendered by one can be posted to another. */
  serverActionsKey: string;
  /** The instances' output; the tests keep it quiet. */
  stdout?: "inherit" | "pipe";
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step().catch(() => undefined);
  };
  try {
    const redis = await startRedis({ dir: path.join(options.dir, "redis") });
    stops.push(redis.stop);
    const env = {
      ...options.env,
      REDIS_URL: redis.url,
      CACHE_PURGE_URLS: `http://127.0.0.1:${options.port}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: options.serverActionsKey,
    };
    const instances: Instance[] = [];
    for (let i = 0; i < options.instances; i++) {
      const port = await freePort();
      const child = startServer({ distDir: options.distDir, host: "127.0.0.1", port, env, stdout: options.stdout });
      const instance = { url: `http://127.0.0.1:${port}`, child, stop: () => stopChild(child) };
      stops.push(instance.stop);
      instances.push(instance);
    }
    await Promise.all(instances.map((instance) => waitForHttp(`${instance.url}/api/health`, instance.child, 120_000)));
    const front = await startVarnish({ port: options.port, backends: instances.map((i) => new URL(i.url).host), dir: path.join(options.dir, "varnish") });
    stops.push(front.stop);
    return { front, redis, instances, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
