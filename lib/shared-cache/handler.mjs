// Next.js's incremental cache (rendered pages, route responses, `unstable_cache` data) in Redis, so
// several instances share one cache and see each other's tag expiry (docs/decisions/071). Written
// after Next's examples/cache-handler-redis and its FileSystemCache: Next 16.4 checks tags only in
// its own process's manifest, so this handler checks them against Redis on every read.
// Configured in next.config.ts only when REDIS_URL is set.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";
import { ENTRY_PREFIX, anyExpiredSince, expireTagsIn } from "./tags.mjs";

/** Entries not read for this long leave Redis (besides Redis's own memory limit). */
const IDLE_SECONDS = 7 * 24 * 3600;
/** A read that takes longer renders instead: a slow Redis must not stall the site. */
const TIMEOUT_MS = 500;
const TAGS_HEADER = "x-next-cache-tags";

let client;
let connecting;
/** The shared connection, once it is up (a request waits for it at most TIMEOUT_MS, then renders uncached). */
async function redis() {
  if (!client) {
    client = createClient({ url: process.env.REDIS_URL, disableOfflineQueue: true, socket: { connectTimeout: TIMEOUT_MS } });
    // Without a listener an unreachable Redis would crash the server; it reconnects by itself.
    client.on("error", (error) => console.error(`[cache] Redis: ${error.message}`));
    connecting = client.connect().catch(() => undefined);
  }
  if (!client.isReady) await withTimeout(connecting);
  return client;
}

async function withTimeout(promise) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("Redis svarar inte i tid")), TIMEOUT_MS)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

// Entries hold Buffers (RSC payloads, route bodies) and Maps (segment data), which JSON does not.
function encode(value) {
  if (value instanceof Uint8Array) return { $b: Buffer.from(value).toString("base64") };
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    if (typeof value.$b === "string") return Buffer.from(value.$b, "base64");
    if (Array.isArray(value.$m)) return new Map(value.$m.map(([k, v]) => [k, decode(v)]));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** The tags an entry was stored under: a page's from its headers, data's from the read's context. */
function tagsOf(entry, ctx) {
  if (entry.value?.kind === "FETCH") return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
  const header = entry.value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/**
 * Entries belong to one build: a page rendered by another build refers to its client files. The tag
 * expiry is about the data, so it is shared by every build.
 */
function buildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unbuilt";
  }
}

export default class RedisCacheHandler {
  constructor(ctx = {}) {
    this.prefix = `${ENTRY_PREFIX}${buildId(ctx.serverDistDir ?? "")}:`;
  }

  async get(key, ctx = {}) {
    try {
      const stored = await withTimeout((await redis()).get(this.prefix + key));
      if (!stored) return null;
      const entry = decode(JSON.parse(stored));
      if (await withTimeout(anyExpiredSince(await redis(), tagsOf(entry, ctx), entry.lastModified))) return null;
      return entry;
    } catch {
      return null;
    }
  }

  async set(key, data, ctx = {}) {
    const entry = { lastModified: Date.now(), value: data, cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl };
    try {
      await withTimeout((await redis()).set(this.prefix + key, JSON.stringify(encode(entry)), { EX: IDLE_SECONDS }));
    } catch {
      // Not stored: the next request renders again.
    }
  }

  async revalidateTag(tags, durations) {
    try {
      await expireTagsIn(await redis(), typeof tags === "string" ? [tags] : tags, durations?.expire ?? 0);
    } catch (error) {
      // The write is saved; lib/cache.ts has already expired the tags in Redis, or reported that it could not.
      console.error(`[cache] Taggarna kunde inte förfalla i Redis: ${error.message}`);
    }
  }

  resetRequestCache() {}
}
