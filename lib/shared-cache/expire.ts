import { createClient } from "@redis/client";
import { env } from "@/lib/env";
import { expireTagsIn } from "./tags.mjs";

const TIMEOUT_MS = 2000;

let client: ReturnType<typeof createClient> | null = null;
let connecting: Promise<unknown> | null = null;

async function redis() {
  if (!client) {
    client = createClient({ url: env.REDIS_URL, disableOfflineQueue: true, socket: { connectTimeout: TIMEOUT_MS } });
    client.on("error", (error: Error) => console.error(`[cache] Redis: ${error.message}`));
    connecting = client.connect();
  }
  if (!client.isReady)
    await Promise.race([connecting, new Promise((_, reject) => setTimeout(() => reject(new Error("ingen anslutning")), TIMEOUT_MS).unref())]);
  return client;
}

/**
 * Expires tags in the cache all instances share (when `REDIS_URL` is set), at once, the same way the
 * cache handler records them (lib/shared-cache/tags.mjs): from the server before the front is purged,
 * and from the command line, where Next's `revalidateTag` does not exist. An unreachable Redis is
 * reported, not thrown: the write is saved, and while Redis is away no instance reads old pages from it.
 */
export async function expireInSharedCache(tags: Iterable<string>) {
  if (!env.REDIS_URL) return;
  try {
    await expireTagsIn(await redis(), tags);
  } catch (error) {
    console.error(`[cache] Taggarna kunde inte förfalla i Redis: ${(error as Error).message}`);
  }
}
