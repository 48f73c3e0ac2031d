import { db } from "@/lib/db/client";

/**
 * Sign-in attempts are counted per address and per account before the password is checked, each by
 * one INSERT … ON CONFLICT … RETURNING, so parallel attempts cannot all pass a check made before the
 * count is written. Past its free attempts a key admits the next attempt only after a wait:
 * - an address waits out a quarter of an hour (it is refused);
 * - an account waits 30 s, then twice as long after each further attempt, at most 15 minutes, and
 *   starts afresh after an hour without attempts. Refused attempts do not count, so an attacker
 *   cannot lengthen the wait by asking during it, and the person can always try again after at
 *   most 15 minutes (docs/decisions/051).
 * Unknown accounts are counted exactly like real ones.
 */
type Rule = { free: number; firstWaitMs: number; maxWaitMs: number; resetAfterMs: number };
const MINUTE = 60_000;
const RULES = {
  address: { free: 20, firstWaitMs: 15 * MINUTE, maxWaitMs: 15 * MINUTE, resetAfterMs: 15 * MINUTE },
  account: { free: 5, firstWaitMs: 30_000, maxWaitMs: 15 * MINUTE, resetAfterMs: 60 * MINUTE },
  // Requests for a password-reset link (docs/decisions/101), counted apart so that they neither slow
  // sign-ins nor are slowed by them: an address may ask 10 times a quarter, an account gets 3 mails,
  // then at most one every 15 minutes, so a mailbox cannot be flooded.
  resetAddress: { free: 10, firstWaitMs: 15 * MINUTE, maxWaitMs: 15 * MINUTE, resetAfterMs: 15 * MINUTE },
  resetAccount: { free: 3, firstWaitMs: 15 * MINUTE, maxWaitMs: 15 * MINUTE, resetAfterMs: 60 * MINUTE },
} satisfies Record<string, Rule>;

type Scope = keyof typeof RULES;
const prefixes: Record<Scope, string> = { address: "address", account: "account", resetAddress: "reset-address", resetAccount: "reset-account" };
const key = (scope: Scope, value: string) => `${prefixes[scope]}:${value.toLowerCase()}`;

export type ThrottleSubject = { email: string; address: string | null };

/** Takes one attempt from the key's allowance; false when the key must wait. */
async function admit(scope: Scope, value: string, now: Date): Promise<boolean> {
  const { free, firstWaitMs, maxWaitMs, resetAfterMs } = RULES[scope];
  const stale = `t."lastAttemptAt" <= $2::timestamp(3) - $6 * interval '1 millisecond'`;
  const rows = await db.$queryRawUnsafe<{ attempts: number }[]>(
    `INSERT INTO "SignInThrottle" AS t ("key", "attempts", "lastAttemptAt") VALUES ($1, 1, $2::timestamp(3))
     ON CONFLICT ("key") DO UPDATE SET
       "attempts" = CASE WHEN ${stale} THEN 1 ELSE t."attempts" + 1 END,
       "lastAttemptAt" = $2::timestamp(3),
       "nextAttemptAt" = CASE WHEN NOT (${stale}) AND t."attempts" + 1 >= $3
         THEN $2::timestamp(3) + LEAST($5, $4 * power(2, LEAST(t."attempts" + 1 - $3, 30))) * interval '1 millisecond' END
     WHERE ${stale} OR t."nextAttemptAt" IS NULL OR t."nextAttemptAt" <= $2::timestamp(3)
     RETURNING "attempts"`,
    key(scope, value),
    now,
    free,
    firstWaitMs,
    maxWaitMs,
    resetAfterMs,
  );
  return rows.length === 1;
}

async function admitBoth(scopes: [Scope, Scope], subject: ThrottleSubject, now: Date): Promise<boolean> {
  if (subject.address && !(await admit(scopes[0], subject.address, now))) return false;
  return admit(scopes[1], subject.email, now);
}

/** Counts an attempt for the address first, then the account; an address that must wait takes nothing from the account. */
export const admitAttempt = (subject: ThrottleSubject, now = new Date()) => admitBoth(["address", "account"], subject, now);

/** The same for a request for a password-reset link, with its own counts. */
export const admitResetRequest = (subject: ThrottleSubject, now = new Date()) => admitBoth(["resetAddress", "resetAccount"], subject, now);

/**
 * A successful sign-in clears the account's count and gives the address back its attempt (but does
 * not clear it: one good account must not unlock guessing at others from the same address).
 */
export async function recordSuccess(subject: ThrottleSubject) {
  await db.signInThrottle.deleteMany({ where: { key: key("account", subject.email) } });
  if (!subject.address) return;
  await db.$executeRawUnsafe(
    `UPDATE "SignInThrottle" SET "attempts" = GREATEST("attempts" - 1, 0),
       "nextAttemptAt" = CASE WHEN "attempts" - 1 < $2 THEN NULL ELSE "nextAttemptAt" END
     WHERE "key" = $1`,
    key("address", subject.address),
    RULES.address.free,
  );
}
