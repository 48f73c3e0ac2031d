import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { isHttps } from "../../lib/security/headers";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const serverScript = path.join(import.meta.dirname, "next-server.mjs");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
];

async function listFiles(entry: string): Promise<string[]> {
  const info = await stat(entry).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [entry];
  if (entry === path.join("lib", "generated")) return [];
  const children = await readdir(entry);
  return (await Promise.all(children.map((c) => listFiles(path.join(entry, c))))).flat();
}

/**
 * A fingerprint of everything that goes into the build, so an unchanged tree is not rebuilt. SITE_URL
 * is part of it: pages prerendered at build time (robots.txt, the sitemap) carry absolute addresses;
 * and the security headers are fixed at build time by whether the site is https (lib/security/headers.ts).
 */
async function sourceFingerprint(env: NodeJS.ProcessEnv): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`SITE_URL=${env.SITE_URL ?? ""}\n`);
  hash.update(`https:${isHttps({ siteUrl: env.SITE_URL, authUrl: env.NEXTAUTH_URL })}\n`);
  for (const file of (await Promise.all(SOURCES.map(listFiles))).flat().sort()) {
    const info = await stat(file);
    hash.update(`${file}:${info.size}:${info.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} avslutades med kod ${code}`))));
  });
}

/** Builds the production app into `distDir` unless the sources are unchanged since the last build. */
export async function buildIfNeeded(distDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const marker = path.join(distDir, "source-fingerprint");
  const fingerprint = await sourceFingerprint(env);
  const previous = await readFile(marker, "utf8").catch(() => null);
  const built = await stat(path.join(distDir, "BUILD_ID")).then(
    () => true,
    () => false,
  );
  if (built && previous === fingerprint) {
    log("Bygget är aktuellt.");
    return;
  }
  log("Bygger portalen (next build)…");
  await run(["build"], { ...env, NEXT_DIST_DIR: distDir });
  await writeFile(marker, fingerprint);
}

/**
 * The server's JavaScript heap budget. Without one, Node sizes the heap from the machine's memory and
 * collects lazily, so the server grows far beyond what it uses; with one it collects in time and stays
 * within a modest server's memory (docs/decisions/023).
 */
const heapMegabytes = () => Number(process.env.SERVER_HEAP_MB || 256);

/** A production build served by next-server.mjs (Next.js's handler, with the peer's address passed on); `stdout: "pipe"` lets the caller read the server's output (the benchmark counts its query log). */
export function startServer(options: { distDir: string; host: string; port: number; env: NodeJS.ProcessEnv; stdout?: "inherit" | "pipe" }): ChildProcess {
  return spawn(process.execPath, [`--max-old-space-size=${heapMegabytes()}`, serverScript, options.host, String(options.port)], {
    stdio: ["ignore", options.stdout ?? "inherit", "inherit"],
    env: { ...options.env, NODE_ENV: "production", NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/**
 * Stops a child with SIGTERM and waits until it has exited: the server first answers the requests it
 * has begun (it closes its listener and drains), so what it depends on (the database) must outlive it.
 * A child still running after `graceMs` is killed.
 */
export async function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
