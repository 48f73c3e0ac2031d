import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startRedis, type RedisServer } from "@/scripts/lib/redis";

// Two handlers stand for two app instances: one Redis, each its own process state (docs/decisions/071).
let redis: RedisServer;
let dir: string;
let Handler: typeof import("@/lib/shared-cache/handler.mjs").default;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "shared-cache-"));
  redis = await startRedis({ dir: path.join(dir, "redis") });
  process.env.REDIS_URL = redis.url;
  vi.resetModules();
  Handler = (await import("@/lib/shared-cache/handler.mjs")).default;
  await mkdir(path.join(dir, "build", "server"), { recursive: true });
  await writeFile(path.join(dir, "build", "BUILD_ID"), "build-1");
});

afterAll(async () => {
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
  delete process.env.REDIS_URL;
});

const instance = (build = "build") => new Handler({ serverDistDir: path.join(dir, build, "server") });
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;
const fetchEntry = (tag: string) => ({ kind: "FETCH", data: { headers: {}, body: "W10=", status: 200, url: "" }, tags: [tag], revalidate: 3600 });

describe("the Redis cache handler", () => {
  it("serves one instance's data to another until a tag expires, on either instance", async () => {
    const [a, b] = [instance(), instance()];
    const tag = unique("document:sodertalje/plan");
    const key = unique("data");
    await a.set(key, fetchEntry(tag), { fetchCache: true, tags: [tag] });
    expect((await b.get(key, { kind: "FETCH", tags: [tag], softTags: [] }))?.value).toEqual(fetchEntry(tag));

    await a.revalidateTag([tag], { expire: 0 });
    expect(await b.get(key, { kind: "FETCH", tags: [tag], softTags: [] })).toBeNull();
    // Stored again after the expiry: fresh.
    await b.set(key, fetchEntry(tag), { fetchCache: true, tags: [tag] });
    expect(await a.get(key, { kind: "FETCH", tags: [tag], softTags: [] })).not.toBeNull();
  });

  it("keeps a rendered page's payloads byte for byte and expires it by the tags in its headers", async () => {
    const [a, b] = [instance(), instance()];
    const tag = unique("page:/sodertalje");
    const key = unique("/sodertalje");
    const page = {
      kind: "APP_PAGE",
      html: "<html>Södertälje</html>",
      rscData: Buffer.from([0, 1, 2, 255]),
      segmentData: new Map([["/_tree", Buffer.from("träd")]]),
      headers: { "x-next-cache-tags": `municipality:sodertalje,${tag}` },
      status: 200,
      postponed: undefined,
    };
    await a.set(key, page, { cacheControl: { revalidate: 3600, expire: undefined } });
    const entry = await b.get(key, { kind: "APP_PAGE" });
    expect(entry?.value).toEqual({ ...page, postponed: undefined });
    expect(entry?.cacheControl).toEqual({ revalidate: 3600 });

    await b.revalidateTag(tag);
    expect(await a.get(key, { kind: "APP_PAGE" })).toBeNull();
  });

  it("sees tags expired from the command line, where Next's revalidateTag does not exist", async () => {
    const tag = unique("municipality:katrineholm");
    const key = unique("data");
    await instance().set(key, fetchEntry(tag), { fetchCache: true, tags: [tag] });
    const { expireInSharedCache } = await import("@/lib/shared-cache/expire");
    await expireInSharedCache([tag]);
    expect(await instance().get(key, { kind: "FETCH", tags: [tag], softTags: [] })).toBeNull();
  });

  it("does not serve another build's pages", async () => {
    await mkdir(path.join(dir, "next-build", "server"), { recursive: true });
    await writeFile(path.join(dir, "next-build", "BUILD_ID"), "build-2");
    const key = unique("/agenda-2030");
    await instance().set(key, fetchEntry("agenda2030"), { fetchCache: true, tags: [] });
    expect(await instance("next-build").get(key, { kind: "FETCH", tags: [], softTags: [] })).toBeNull();
  });
});
