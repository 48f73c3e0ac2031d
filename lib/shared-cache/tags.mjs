// Tag expiry in Redis, shared by every app instance (the cache handler reads it) and by command-line
// writes (lib/shared-cache/expire.ts writes it). Plain JavaScript: Next.js loads the handler at run
// time, outside its build. See docs/decisions/071.

/** One hash: tag → the time (ms since the epoch) from which entries stored before it are expired. */
export const TAGS_KEY = "strategiportalen:tags";
export const ENTRY_PREFIX = "strategiportalen:entry:";

/** Expires these tags for every instance, `seconds` from now (0: at once). */
export async function expireTagsIn(client, tags, seconds = 0) {
  const list = [...new Set(tags)];
  if (list.length === 0) return;
  const at = String(Date.now() + seconds * 1000);
  await client.hSet(TAGS_KEY, Object.fromEntries(list.map((tag) => [tag, at])));
}

/** Whether any of these tags expired after `storedAt` (and the expiry has come). */
export async function anyExpiredSince(client, tags, storedAt) {
  if (tags.length === 0) return false;
  const now = Date.now();
  const times = await client.hmGet(TAGS_KEY, tags);
  return times.some((time) => time !== null && Number(time) > storedAt && Number(time) <= now);
}
