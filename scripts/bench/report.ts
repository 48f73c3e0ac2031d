import type { GeneratorRun } from "./dataset";
import type { LoadResult } from "./load";
import type { PageMeasurement } from "./pages";

export type LoadMeasurement = {
  key: string;
  label: string;
  status: "ok" | "missing";
  /** How many distinct addresses the load cycled through. */
  addresses: number;
  /** SQL statements per request as measured on this target (0 when served from the cache). */
  queries: number | null;
  runs: LoadResult[];
};

export type TargetCheck = { target: string; measured: string; met: boolean | null };

export type BenchResults = {
  date: string;
  machine: Record<string, string | number>;
  settings: { municipalities: number; seconds: number; maxRequests: number; connections: number[] };
  generator: GeneratorRun;
  pages: PageMeasurement[];
  load: LoadMeasurement[];
  peakServerRssBytes: number;
  /** The production topology (scripts/bench/front.ts). */
  front: { freshAfterRequests: number | null; instancePeakRssBytes: number[]; redisPeakRssBytes: number; varnishPeakRssBytes: number };
  targets: TargetCheck[];
};

const MISSING = "saknas";
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const run = (m: LoadMeasurement | undefined, connections: number) => m?.runs.find((r) => r.connections === connections);
/** A run with failed requests, or in which no response came back in time, measures nothing. */
const valid = (r: LoadResult) => r.requests > 0 && r.errors === 0;
const problems = (r: LoadResult) => (r.requests === 0 ? " (no response within the run)" : r.errors ? ` (${r.errors} errors)` : "");

/** The issue's targets, checked against one run (null: not measured, e.g. the page kind is missing). */
export function checkTargets(r: Omit<BenchResults, "targets">): TargetCheck[] {
  const top = Math.max(...r.settings.connections);
  const load = (key: string) => r.load.find((l) => l.key === key && l.status === "ok");
  const staticRun = run(load("static"), top);
  const cached = run(load("goalCached"), top);
  const p95Under = (key: string, label: string, limit: number, connections = top): TargetCheck => {
    const measured = run(load(key), connections);
    const target = `${label}: p95 < ${limit} ms at ${connections} connections`;
    if (!measured) return { target, measured: MISSING, met: null };
    return { target, measured: `${measured.latencyMs.p95} ms${problems(measured)}`, met: valid(measured) && measured.latencyMs.p95 < limit };
  };
  const queriesAtMost = (key: string, label: string): TargetCheck => {
    const page = r.pages.find((p) => p.key === key && p.status === "ok");
    return { target: `${label}: at most 10 SQL queries per page`, measured: page ? String(page.queries) : MISSING, met: page ? page.queries! <= 10 : null };
  };
  const js = r.pages.filter((p) => p.clientJs).sort((a, b) => b.clientJs!.gzipBytes - a.clientJs!.gzipBytes)[0];
  const ratio = cached && staticRun ? cached.requestsPerSecond / staticRun.requestsPerSecond : null;
  return [
    {
      target: `Cached goal page: at least 1/4 of the static file's requests per second at ${top} connections`,
      measured:
        ratio === null ? MISSING : `${ratio.toFixed(2)} × static (${cached!.requestsPerSecond} vs ${staticRun!.requestsPerSecond} req/s)${problems(cached!)}`,
      met: ratio === null ? null : valid(cached!) && ratio >= 0.25,
    },
    p95Under("goalCached", "Cached goal page", 25),
    p95Under("goalUncached", "Uncached goal page", 150),
    p95Under("search", "Search, a common query", 150),
    p95Under("searchNew", "Search, a new query each time", 150),
    p95Under("searchNew", "Search, a new query each time", 150, 10),
    queriesAtMost("goal", "Uncached goal page"),
    queriesAtMost("search", "Search"),
    {
      target: "Client JavaScript of a public content page < 120 KB gzip",
      measured: js ? `${kb(js.clientJs!.gzipBytes)} (${js.label}, the largest)` : MISSING,
      met: js ? js.clientJs!.gzipBytes < 120 * 1024 : null,
    },
    { target: "Server resident memory < 500 MB during the load", measured: mb(r.peakServerRssBytes), met: r.peakServerRssBytes < 500 * 1024 * 1024 },
    ...frontTargets(r, staticRun, top),
  ];
}

/** Issue 10's targets for Varnish in front of two instances. */
function frontTargets(r: Omit<BenchResults, "targets">, staticRun: LoadResult | undefined, top: number): TargetCheck[] {
  const front = run(
    r.load.find((l) => l.key === "frontGoalCached"),
    top,
  );
  const ratio = front && staticRun ? front.requestsPerSecond / staticRun.requestsPerSecond : null;
  const uncached = run(
    r.load.find((l) => l.key === "goalUncached" && l.status === "ok"),
    1,
  );
  const fresh = r.front.freshAfterRequests;
  const largest = Math.max(...r.front.instancePeakRssBytes);
  return [
    {
      target: `Cached goal page through Varnish: at least 1/2 of the static file's requests per second at ${top} connections`,
      measured:
        ratio === null ? MISSING : `${ratio.toFixed(2)} × static (${front!.requestsPerSecond} vs ${staticRun!.requestsPerSecond} req/s)${problems(front!)}`,
      met: ratio === null ? null : valid(front!) && ratio >= 0.5,
    },
    {
      target: `Cached goal page through Varnish: p95 < 10 ms at ${top} connections`,
      measured: front ? `${front.latencyMs.p95} ms${problems(front)}` : MISSING,
      met: front ? valid(front) && front.latencyMs.p95 < 10 : null,
    },
    {
      target: "After a publish, the changed page is fresh through Varnish on the next request",
      measured: fresh === null ? "not within 5 requests" : `request ${fresh}`,
      met: fresh === 1,
    },
    {
      target: "Uncached goal page: median < 8 ms at 1 connection",
      measured: uncached ? `${uncached.latencyMs.p50} ms` : MISSING,
      met: uncached ? uncached.latencyMs.p50 < 8 : null,
    },
    {
      target: "Each app instance behind Varnish < 400 MB resident (Redis and Varnish reported)",
      measured: `${r.front.instancePeakRssBytes.map(mb).join(", ")}; Redis ${mb(r.front.redisPeakRssBytes)}, Varnish ${mb(r.front.varnishPeakRssBytes)}`,
      met: largest < 400 * 1024 * 1024,
    },
  ];
}

/** The results as Markdown tables, ready for the README. */
export function formatReport(r: BenchResults): string {
  const { connections } = r.settings;
  const staticLoad = r.load.find((l) => l.key === "static");
  const loadHeader = [
    "Target",
    ...connections.flatMap((c) => [`req/s (${c})`, `p50/p95/p99 ms (${c})`]),
    `vs static (${connections.join(" / ")})`,
    "SQL / request",
  ];
  const loadRows = r.load.map((l) => {
    if (l.status === "missing") return [l.label, ...connections.flatMap(() => [MISSING, MISSING]), MISSING, MISSING];
    const cells = connections.flatMap((c) => {
      const x = run(l, c)!;
      return [`${x.requestsPerSecond}${problems(x)}`, `${x.latencyMs.p50} / ${x.latencyMs.p95} / ${x.latencyMs.p99}`];
    });
    const ratios = connections
      .map((c) => (run(staticLoad, c) ? (run(l, c)!.requestsPerSecond / run(staticLoad, c)!.requestsPerSecond).toFixed(2) : "–"))
      .join(" / ");
    return [l.label, ...cells, ratios, l.queries === null ? "–" : String(l.queries)];
  });
  const pageRows = r.pages.map((p) =>
    p.status === "missing"
      ? [p.label, `\`${p.path}\``, MISSING, MISSING, MISSING]
      : [
          p.label,
          `\`${p.path}\``,
          String(p.queries),
          kb(p.documentGzipBytes!),
          p.clientJs ? `${kb(p.clientJs.gzipBytes)} (${p.clientJs.files} files)` : "– (JSON)",
        ],
  );
  const targetRows = r.targets.map((t) => [t.target, t.measured, t.met === null ? "not measured" : t.met ? "met" : "**missed**"]);
  return [
    table(loadHeader, loadRows),
    "",
    table(["Page kind", "Address", "SQL queries (uncached)", "Page, gzip", "Client JS, gzip"], pageRows),
    "",
    `Peak resident memory of the server: ${mb(r.peakServerRssBytes)}. Generator: ${r.generator.municipalities} municipalities in ${r.generator.seconds.toFixed(1)} s.`,
    `Machine: ${Object.entries(r.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}. Date: ${r.date}. ${r.settings.seconds} s per run after a warm-up.`,
    "",
    table(["Target", "Measured", "Result"], targetRows),
  ].join("\n");
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
