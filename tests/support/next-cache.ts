/**
 * Next.js's cache functions for tests running outside a Next.js server (use with
 * `vi.mock("next/cache", async (original) => (await import("…/support/next-cache")).nextCacheMock(original))`,
 * since vi.mock is hoisted above imports): cached queries run directly, and the tags commands ask to
 * expire are recorded in `expiredTags`, so tests can check exactly which pages a write affects.
 */
export const expiredTags: string[] = [];

export async function nextCacheMock(original: () => Promise<unknown>) {
  return {
    ...((await original()) as object),
    revalidateTag: (tag: string) => void expiredTags.push(tag),
    unstable_cache: <T extends (...args: never[]) => unknown>(query: T) => query,
    refresh: () => undefined,
  };
}
