import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createClient } from "@redis/client";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "@/lib/db/embedded";
import { stopChild } from "./serve";

export type RedisServer = { url: string; pid: number; stop(): Promise<void> };

/**
 * Debian's redis-server on 127.0.0.1 and a free port, its files in `dir`. A cache: bounded memory,
 * least recently used entries leave first, nothing saved to disk.
 */
export async function startRedis(options: { dir: string; maxMemoryMb?: number }): Promise<RedisServer> {
  await mkdir(options.dir, { recursive: true });
  const port = await freePort();
  const child = spawn(
    "redis-server",
    [
      "--bind",
      "127.0.0.1",
      "--port",
      String(port),
      "--dir",
      options.dir,
      "--save",
      "",
      "--appendonly",
      "no",
      "--maxmemory",
      `${options.maxMemoryMb ?? 256}mb`,
      "--maxmemory-policy",
      "allkeys-lru",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server avslutades (kod ${child.exitCode}). Installera det med \`apt-get install redis-server\`.`);
    const client = createClient({ url, socket: { reconnectStrategy: false } });
    client.on("error", () => undefined);
    const ready = await client
      .connect()
      .then(() => client.ping())
      .then(
        () => true,
        () => false,
      );
    await client.close().catch(() => undefined);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`redis-server svarade inte på ${url}.`);
    await sleep(100);
  }
  return { url, pid: child.pid!, stop: () => stopChild(child, 5000) };
}
