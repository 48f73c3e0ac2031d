import { db } from "@/lib/db/client";

/**
 * Failed sign-ins are counted per account and per address in the database (so the limit holds
 * across server processes). Past the limit within the window, the key is locked for LOCK_MINUTES,
 * whether or not the account exists.
 */
const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
const LIMITS = { account: 5, address: 20 } as const;

type Scope = keyof typeof LIMITS;
const key = (scope: Scope, value: string) => `${scope}:${value.toLowerCase()}`;
const minutes = (n: number) => n * 60_000;

export type ThrottleSubject = { email: string; address: string | null };

function keysOf(subject: ThrottleSubject): [Scope, string][] {
  const keys: [Scope, string][] = [["account", key("account", subject.email)]];
  if (subject.address) keys.push(["address", key("address", subject.address)]);
  return keys;
}

export async function isLocked(subject: ThrottleSubject, now = new Date()): Promise<boolean> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keysOf(subject).map(([, k]) => k) } } });
  return rows.some((row) => row.lockedUntil !== null && row.lockedUntil > now);
}

export async function recordFailure(subject: ThrottleSubject, now = new Date()) {
  for (const [scope, k] of keysOf(subject)) {
    await db.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key: k } });
      const windowOpen = row && now.getTime() - row.windowStart.getTime() < minutes(WINDOW_MINUTES);
      const failures = windowOpen ? row.failures + 1 : 1;
      const lockedUntil = failures >= LIMITS[scope] ? new Date(now.getTime() + minutes(LOCK_MINUTES)) : null;
      await tx.signInThrottle.upsert({
        where: { key: k },
        create: { key: k, failures, windowStart: now, lockedUntil },
        update: { failures, windowStart: windowOpen ? row.windowStart : now, lockedUntil },
      });
    });
  }
}

/** A successful sign-in clears the account's count (not the address's: one good account must not unlock guessing at others). */
export async function clearAccount(email: string) {
  await db.signInThrottle.deleteMany({ where: { key: key("account", email) } });
}
