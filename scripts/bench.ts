// `npm run bench [-- --municipalities 290 --seconds 10 --max-requests 500000]`: builds and starts the
// production server on 127.0.0.1 against the synthetic national data set (its own embedded PostgreSQL in
// .data/bench), loads it with wrk next to nginx serving the same page as a static file, and prints
// and saves the results (bench-results/<date>.json). Not part of `npm test`. See docs/decisions/022.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_SEED } from "@/lib/scale/seed";
import { buildIfNeeded } from "./lib/serve";
import { openBenchDataset } from "./bench/dataset";
import { runLoad } from "./bench/load";
import { measureFront } from "./bench/front";
import { startStaticServer } from "./bench/nginx";
import { measurePageKinds, queriesFor } from "./bench/pages";
import { checkTargets, formatReport, type BenchResults, type LoadMeasurement } from "./bench/report";
import { cacheBypassCookie, startBenchServer } from "./bench/server";
import { loadTargets, pageKinds } from "./bench/targets";

const DIST_DIR = ".next-bench";
// 10 is issue 10's search target; 50 the older targets and the front's.
const CONNECTIONS = [1, 10, 50];
const WARM_UP_SECONDS = 2;

const log = (line: string) => console.log(`[bench] ${line}`);
const { values } = parseArgs({
  options: {
    municipalities: { type: "string", default: "290" },
    seconds: { type: "string", default: "10" },
    "max-requests": { type: "string", default: "500000" },
    port: { type: "string", default: "3240" },
    seed: { type: "string", default: DEFAULT_SEED },
  },
});
const settings = {
  municipalities: Number(values.municipalities),
  seconds: Number(values.seconds),
  maxRequests: Number(values["max-requests"]),
  connections: CONNECTIONS,
};
const port = Number(values.port);

const workDir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-bench-"));
// varnishd, started as root, reads its VCL as its own unprivileged user: mkdtemp's 0700 would lock it out.
await chmod(workDir, 0o755);
const dataset = await openBenchDataset({ municipalities: settings.municipalities, seed: values.seed, log });
const cleanups: (() => Promise<unknown>)[] = [() => dataset.stop(), () => rm(workDir, { recursive: true, force: true })];
const cleanUp = async () => {
  for (const step of cleanups.reverse()) await step().catch(() => undefined);
};
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  const env = { ...process.env, DATABASE_URL: dataset.url, NEXT_TELEMETRY_DISABLED: "1" };
  await buildIfNeeded(DIST_DIR, env, log);
  // Every run starts with an empty page and data cache: pages rendered by an earlier run would answer from disk.
  await Promise.all(["server/route-cache", "cache/fetch-cache"].map((dir) => rm(path.join(DIST_DIR, dir), { recursive: true, force: true })));
  const bypass = await cacheBypassCookie(DIST_DIR);
  const { sample } = dataset;

  log("Räknar SQL-frågor och klient-JavaScript per sidtyp (en begäran i taget)…");
  const counting = await startBenchServer({ distDir: DIST_DIR, port: port + 1, env, countQueries: true });
  const pages = await measurePageKinds(counting, pageKinds, sample, bypass);
  const cachedPath = loadTargets.find((t) => t.key === "goalCached")!.paths(sample)[0]!;
  await queriesFor(counting, cachedPath);
  const cachedQueries = await queriesFor(counting, cachedPath);
  await counting.stop();

  const server = await startBenchServer({ distDir: DIST_DIR, port, env, countQueries: false });
  cleanups.push(() => server.stop());
  const cachedResponse = await fetch(server.url + cachedPath);
  if (cachedResponse.headers.get("x-nextjs-cache") !== "HIT") throw new Error(`${cachedPath} kom inte från cachen.`);
  const staticServer = await startStaticServer({ "goal.html": await cachedResponse.text() });
  cleanups.push(() => staticServer.stop());

  const load: LoadMeasurement[] = [];
  const loadAverageBefore = os.loadavg();
  for (const target of loadTargets) {
    const page = pages.find((p) => p.key === target.pageKind);
    const base = { key: target.key, label: target.label, addresses: target.paths(sample).length };
    if (page?.status === "missing") {
      log(`${target.label}: saknas i det här bygget.`);
      load.push({ ...base, status: "missing", queries: null, runs: [] });
      continue;
    }
    const options = {
      baseUrl: target.server === "static" ? staticServer.url : server.url,
      paths: target.paths(sample),
      cookie: target.bypassCache ? bypass : undefined,
      maxRequests: settings.maxRequests,
      workDir,
    };
    const runs = [];
    // wrk leaves requests the server has not answered yet; one more request, answered after them, lets the server drain.
    const drain = () => fetch(options.baseUrl + options.paths[0], { headers: options.cookie ? { cookie: options.cookie } : {} }).then((r) => r.text());
    for (const connections of settings.connections) {
      await runLoad({ ...options, connections, seconds: WARM_UP_SECONDS });
      await drain();
      const result = await runLoad({ ...options, connections, seconds: settings.seconds });
      await drain();
      log(
        `${target.label}, ${connections} anslutningar: ${result.requestsPerSecond} req/s, p95 ${result.latencyMs.p95} ms${result.errors ? `, ${result.errors} fel` : ""}`,
      );
      if (result.errors && target.server === "static") throw new Error("Den statiska referensen svarade med fel; jämförelsen vore meningslös.");
      runs.push(result);
    }
    const queries = target.server === "static" ? null : target.bypassCache ? (page?.queries ?? null) : cachedQueries;
    load.push({ ...base, status: "ok", queries, runs });
  }

  const peakServerRssBytes = await server.stop();

  log("Startar Varnish framför två instanser med delad cache i Redis…");
  const front = await measureFront({
    distDir: DIST_DIR,
    env,
    sample,
    connections: settings.connections,
    seconds: settings.seconds,
    warmUpSeconds: WARM_UP_SECONDS,
    maxRequests: settings.maxRequests,
    workDir,
    log,
  });
  load.push({ key: "frontGoalCached", label: "Goal page, cached, through Varnish (2 instances)", status: "ok", addresses: 1, queries: 0, runs: front.runs });
  await staticServer.stop();

  const cpus = os.cpus();
  const versions = await Promise.all(
    ["next", "react", "@prisma/client"].map(async (p) => [
      p,
      JSON.parse(await readFile(path.join("node_modules", p, "package.json"), "utf8")).version as string,
    ]),
  );
  const partial = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "?",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      ...Object.fromEntries(versions),
      // The machine may be shared: the 1-minute load average before and after the load phases.
      loadAverage: `${loadAverageBefore[0]!.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)}`,
    },
    settings,
    generator: dataset.generator,
    pages,
    load,
    peakServerRssBytes,
    front: {
      freshAfterRequests: front.freshAfterRequests,
      instancePeakRssBytes: front.instancePeakRssBytes,
      redisPeakRssBytes: front.redisPeakRssBytes,
      varnishPeakRssBytes: front.varnishPeakRssBytes,
    },
  };
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };
  await mkdir("bench-results", { recursive: true });
  const file = path.join("bench-results", `${results.date.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatReport(results)}\n`);
  log(`Resultatet sparades i ${file}.`);
} catch (error) {
  console.error(`[bench] Avbröts: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
process.exit();
