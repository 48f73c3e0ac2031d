import { readFile } from "node:fs/promises";
import path from "node:path";
import { startServer } from "../lib/serve";
import { waitForHttp } from "./http";
import { sampleMemory } from "./memory";

export type BenchServer = {
  url: string;
  /** SQL statements the server has logged so far (only when started with `countQueries`). */
  queries(): number;
  /** Stops the server (once; later calls only answer) and returns its peak resident memory in bytes. */
  stop(): Promise<number>;
};

/**
 * The production server on 127.0.0.1. With `countQueries` it logs every SQL statement through
 * Prisma's query events (LOG_QUERIES=1) and the benchmark counts them; the load server never does.
 */
export async function startBenchServer(options: { distDir: string; port: number; env: NodeJS.ProcessEnv; countQueries: boolean }): Promise<BenchServer> {
  const env = { ...options.env, LOG_QUERIES: options.countQueries ? "1" : "0" };
  const child = startServer({ distDir: options.distDir, host: "127.0.0.1", port: options.port, env, stdout: options.countQueries ? "pipe" : "inherit" });
  let queries = 0;
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString("utf8")).split("\n");
    pending = lines.pop() ?? "";
    queries += lines.filter((line) => line.startsWith("prisma:query ")).length;
  });
  const memory = sampleMemory(child.pid!);
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(url, child);
  return {
    url,
    queries: () => queries,
    stop: async () => {
      const peak = await memory.stop();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      return peak;
    },
  };
}

/**
 * The cookie that puts a request in Next.js's draft mode, which renders the page and reads the
 * database on every request, bypassing both the page cache and the data cache. Its value is the
 * build's own secret, so only someone holding the build folder can send it.
 */
export async function cacheBypassCookie(distDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "prerender-manifest.json"), "utf8")) as { preview: { previewModeId: string } };
  return `__prerender_bypass=${manifest.preview.previewModeId}`;
}
