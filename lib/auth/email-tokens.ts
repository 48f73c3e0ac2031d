import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/revisions/save";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { localePath, type Locale } from "@/lib/i18n/routing";

/**
 * Links sent by e-mail (docs/decisions/101). The token is 32 random bytes; only its SHA-256 is stored,
 * so a copy of the database opens no account. A link works once and until it expires:
 * - an invitation to set one's first password: 7 days (the person may be away for a week);
 * - a password reset: 1 hour (whoever reads the mailbox later should not find a working link).
 */
export const LINK_LIFETIMES = { invitation: 7 * 24 * 60 * 60_000, reset: 60 * 60_000 } as const;
export type LinkPurpose = keyof typeof LINK_LIFETIMES;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Writes a new link's hash (in the caller's transaction) and returns the address to send, to the page in the mail's language. */
export async function issueLink(
  tx: Tx,
  link: { userId: number; purpose: LinkPurpose; membershipId?: number },
  locale: Locale,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.emailToken.create({
    data: { ...link, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + LINK_LIFETIMES[link.purpose]) },
  });
  return new URL(localePath(locale, paths.emailLink(token)), env.SITE_URL).toString();
}

/** Where a token may be used: unused and unexpired. */
export const usable = (token: string, now: Date) => ({ tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } });
