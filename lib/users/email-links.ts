import { z } from "@/lib/validation";
import { db } from "@/lib/db/client";
import { AppError, invalid, parseInput } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { audit } from "@/lib/audit/record";
import { resetMail } from "@/lib/mail/messages";
import { sendMailOrLog } from "@/lib/mail/send";
import { emailSchema, passwordSchema } from "./schema";
import { hashToken, issueLink, usable, type LinkPurpose } from "@/lib/auth/email-tokens";
import { hashPassword } from "@/lib/auth/password";
import { admitResetRequest } from "@/lib/auth/throttle";

/**
 * What a person without a session does with links sent by e-mail (docs/decisions/101). Like signing
 * in, these are open to anyone: the rate limit and the token are the whole authorization, so they are
 * functions of their own rather than `defineCommand`s, which refuse a missing user.
 */

export const resetRequestSchema = z.object({ email: emailSchema });
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const emailLinkSchema = z
  .object({ token: z.string().regex(TOKEN_PATTERN), password: passwordSchema, repeat: z.string() })
  .refine((d) => d.password === d.repeat, { path: ["repeat"], message: "account.mismatch" });

/**
 * Sends a reset link if the address belongs to an enabled account; answers the same either way, and
 * does not wait for the mail, so neither the answer nor its timing tells whether the account exists.
 * Counted before anything is looked up, unknown addresses like known ones. The mail and its link are in
 * `locale`, the language of the page the request came from.
 */
export async function requestPasswordReset(input: unknown, address: string | null, locale: Locale, now = new Date()): Promise<void> {
  const { email } = parseInput(resetRequestSchema, input);
  if (!(await admitResetRequest({ email, address }, now))) throw new AppError("RATE_LIMITED", `password reset for ${email}`, "account.rateLimited");
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabled: true } });
  const link = await db.$transaction(async (tx) => {
    await audit({ userId: user?.id, actor: email, action: "request-password-reset", address, after: { sent: Boolean(user && !user.disabled) } }, tx);
    return user && !user.disabled ? issueLink(tx, { userId: user.id, purpose: "reset" }, locale, now) : null;
  });
  if (link) void sendMailOrLog(resetMail(locale, email, link));
}

/** What the link's page shows: its purpose while it is usable, else null (used, expired or unknown look alike). */
export async function emailLinkPurpose(token: string, now = new Date()): Promise<LinkPurpose | null> {
  const row = await db.emailToken.findFirst({ where: usable(token, now), select: { purpose: true } });
  return (row?.purpose as LinkPurpose | undefined) ?? null;
}

const linkInvalid = () => invalid({ "": ["account.linkInvalid"] }, "account.linkInvalid");

/**
 * Uses a link: sets the password, ends every session of the account (its session version, decision
 * 006), and for an invitation accepts the role it was sent for. The token is claimed by one conditional
 * update, so of two uses only one succeeds; the account's other links of the same purpose stop working with it.
 */
export async function redeemEmailLink(input: unknown, now = new Date()): Promise<void> {
  const data = parseInput(emailLinkSchema, input);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    // The claim is the check: of two uses at once, the second finds the token used and claims nothing.
    const claimed = await tx.emailToken.updateMany({ where: usable(data.token, now), data: { usedAt: now } });
    if (claimed.count === 0) throw linkInvalid();
    const token = await tx.emailToken.findUniqueOrThrow({ where: { tokenHash: hashToken(data.token) } });
    await tx.emailToken.updateMany({ where: { userId: token.userId, purpose: token.purpose, usedAt: null }, data: { usedAt: now } });
    const user = await tx.user.update({ where: { id: token.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { email: true } });
    const actor = { userId: token.userId, actor: user.email, entityType: "user", entityId: token.userId };
    await audit({ ...actor, action: "set-password-by-link", after: { purpose: token.purpose } }, tx);
    if (token.membershipId === null) return;
    const membership = await tx.membership.findUniqueOrThrow({ where: { id: token.membershipId }, select: { municipalityId: true, acceptedAt: true } });
    if (membership.acceptedAt) return;
    await tx.membership.update({ where: { id: token.membershipId }, data: { acceptedAt: now } });
    await audit({ ...actor, action: "accept-invitation", municipalityId: membership.municipalityId }, tx);
  });
}
