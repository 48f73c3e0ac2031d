import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const SCRIPT = path.join(import.meta.dirname, "load.lua");

export type LoadOptions = {
  baseUrl: string;
  paths: string[];
  connections: number;
  seconds: number;
  /** The most requests in this run, whatever the time. */
  maxRequests: number;
  cookie?: string;
  /** A folder for the path list wrk reads. */
  workDir: string;
};

export type LoadResult = {
  connections: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Non-2xx answers, timeouts and socket errors: a run with errors is not a valid measurement. */
  errors: number;
};

type WrkReport = {
  requests: number;
  activeUs: number;
  errors: Record<"connect" | "read" | "write" | "status" | "timeout", number>;
  latencyUs: { p50: number; p95: number; p99: number; max: number };
};

/** One bounded closed-loop load run with wrk (Debian's /usr/bin/wrk), bounded by time and by count. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { connections, seconds } = options;
  const threads = Math.min(2, connections);
  const pathFile = path.join(options.workDir, "paths.txt");
  await writeFile(pathFile, `${options.paths.join("\n")}\n`);
  const perThread = Math.ceil(options.maxRequests / threads);
  const args = [
    `-t${threads}`,
    `-c${connections}`,
    `-d${seconds}s`,
    "--timeout",
    "10s",
    "-s",
    SCRIPT,
    options.baseUrl,
    "--",
    pathFile,
    String(perThread),
    options.cookie ?? "",
  ];
  const { stdout } = await run("wrk", args, { timeout: (seconds + 30) * 1000 });
  const json = stdout.split("\n").find((line) => line.startsWith("{"));
  if (!json) throw new Error(`wrk gav inget resultat:\n${stdout}`);
  const report = JSON.parse(json) as WrkReport;
  const ms = (us: number) => Math.round(us / 10) / 100;
  return {
    connections,
    requests: report.requests,
    seconds: report.activeUs / 1e6,
    requestsPerSecond: Math.round(report.requests / (report.activeUs / 1e6)),
    latencyMs: { p50: ms(report.latencyUs.p50), p95: ms(report.latencyUs.p95), p99: ms(report.latencyUs.p99), max: ms(report.latencyUs.max) },
    errors: Object.values(report.errors).reduce((a, b) => a + b, 0),
  };
}
