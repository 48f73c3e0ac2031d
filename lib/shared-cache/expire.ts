import { createClient } from "@redis/client";
import { env } from "@/lib/env";
import { expireTagsIn } from "./tags.mjs";

let client: ReturnType<typeof createClient> | null = null;

async function redis() {
  if (!client) {
    client = createClient({ url: env.REDIS_URL, disableOfflineQueue: true });
    client.on("error", (error: Error) => console.error(`[cache] Redis: ${error.message}`));
    await client.connect();
  }
  return client;
}

/**
 * Expires tags in the cache all instances share (when `REDIS_URL` is set), at once, the same way the
 * cache handler records them (lib/shared-cache/tags.mjs): from the server before the front is purged,
 * and from the command line, where Next's `revalidateTag` does not exist.
 */
export async function expireInSharedCache(tags: Iterable<string>) {
  if (!env.REDIS_URL) return;
  await expireTagsIn(await redis(), tags);
}

