import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import type { BenchServer } from "./server";
import type { PageKind, Sample } from "./targets";

export type PageMeasurement = {
  key: string;
  label: string;
  path: string;
  /** "missing" when the address answers 404 in this build ("saknas" in the report). */
  status: "ok" | "missing";
  /** SQL statements for one uncached request. */
  queries: number | null;
  /** The response itself, gzip-compressed: what a phone downloads before anything else. */
  documentGzipBytes: number | null;
  /** Client JavaScript the page loads, gzip-compressed (null for JSON). */
  clientJs: { files: number; gzipBytes: number } | null;
};

// Each path's log lines reach us through a pipe, a moment after the response.
const LOG_SETTLE_MS = 150;

async function get(url: string, cookie?: string) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

/** SQL statements the server sent for one request of `path`. Nothing else may run meanwhile. */
export async function queriesFor(server: BenchServer, path: string, cookie?: string): Promise<number> {
  await sleep(LOG_SETTLE_MS);
  const before = server.queries();
  await get(server.url + path, cookie);
  await sleep(LOG_SETTLE_MS);
  return server.queries() - before;
}

/**
 * The script files a page makes a browser load (`<script src>`, without the `nomodule` polyfills
 * modern browsers skip), each gzip-compressed as a server would send it.
 */
export async function clientJavaScript(baseUrl: string, html: string) {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) sources.add(src.replace(/&amp;/g, "&"));
  }
  let gzipBytes = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, baseUrl));
    gzipBytes += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { files: sources.size, gzipBytes };
}

/** Status, SQL queries of an uncached render and client JavaScript of every page kind, one request at a time. */
export async function measurePageKinds(server: BenchServer, kinds: PageKind[], sample: Sample, bypassCookie: string): Promise<PageMeasurement[]> {
  const measurements: PageMeasurement[] = [];
  for (const kind of kinds) {
    const path = kind.path(sample);
    const first = await get(server.url + path, bypassCookie);
    if (first.status === 404) {
      measurements.push({ key: kind.key, label: kind.label, path, status: "missing", queries: null, documentGzipBytes: null, clientJs: null });
      continue;
    }
    if (first.status !== 200) throw new Error(`${path} svarade ${first.status}.`);
    const html = first.type.includes("text/html");
    measurements.push({
      key: kind.key,
      label: kind.label,
      path,
      status: "ok",
      queries: await queriesFor(server, path, bypassCookie),
      documentGzipBytes: gzipSync(first.body).length,
      clientJs: html ? await clientJavaScript(server.url, first.body) : null,
    });
  }
  return measurements;
}
