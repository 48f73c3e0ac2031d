import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { audit } from "@/lib/audit/record";
import { verifyPassword } from "./password";
import { admitAttempt, recordSuccess } from "./throttle";
import { startSession } from "./user-sessions";
import { checkSecondFactor } from "./two-factor";

export type SignedIn = { id: number; email: string; name: string; sid: string; sessionVersion: number };
/**
 * Deliberately coarse: the person signing in learns nothing about whether an account exists. Only
 * after the right password does an account with two-factor sign-in ask for (or refuse) its code.
 */
export type SignInRefusal = "invalid" | "locked" | "totp-required" | "totp-invalid";
const refusals: Record<string, SignInRefusal> = { locked: "locked", "code-required": "totp-required", "wrong-code": "totp-invalid" };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks an e-mail address and password, and the TOTP or recovery code of an account that has one,
 * within the rate limits (one attempt each time, whatever is wrong), and starts a session. Audited
 * either way. `now` moves the clock of the rate limits and the codes (tests).
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  code?: string;
  address: string | null;
  now?: Date;
}): Promise<SignedIn | SignInRefusal> {
  const email = normaliseEmail(input.email);
  const subject = { email, address: input.address };
  const refuse = async (reason: string, userId?: number) => {
    await audit({ userId, actor: email, action: "sign-in-failed", address: input.address, after: { reason } });
    return refusals[reason] ?? "invalid";
  };

  // Counted before the check: of many parallel attempts, only those within the limits reach it.
  if (!(await admitAttempt(subject, input.now))) return refuse("locked");
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      disabled: true,
      isDemo: true,
      sessionVersion: true,
      totpSecret: true,
      totpEnabledAt: true,
      totpLastStep: true,
    },
  });
  // Verified even for unknown accounts, so timing does not reveal which accounts exist.
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordMatches) {
    return refuse(user ? "wrong-password" : "unknown-account", user?.id);
  }
  if (user.disabled) return refuse("disabled", user.id);
  if (user.isDemo && !env.EMBEDDED_DATABASE) return refuse("demo-account-outside-embedded-database", user.id);

  let method = "password";
  if (user.totpEnabledAt && user.totpSecret) {
    if (!input.code?.trim()) return refuse("code-required", user.id);
    const factor = await checkSecondFactor({ id: user.id, totpSecret: user.totpSecret, totpLastStep: user.totpLastStep }, input.code, input.now);
    if (!factor) return refuse("wrong-code", user.id);
    method = `password+${factor}`;
  }

  await recordSuccess(subject);
  const sid = await startSession(user.id);
  await audit({ userId: user.id, actor: email, action: "sign-in", address: input.address, after: { method } });
  return { id: user.id, email: user.email, name: user.name, sid, sessionVersion: user.sessionVersion };
}

/**
 * An OpenID Connect sign-in is accepted only for an existing, enabled user: matched by the linked
 * subject, or on first use by a verified e-mail address, which then links the subject.
 */
export async function signInWithOidc(input: { subject: string; email: string | null; address: string | null }): Promise<SignedIn | SignInRefusal> {
  const email = input.email ? normaliseEmail(input.email) : null;
  const user =
    (await db.user.findUnique({ where: { oidcSubject: input.subject } })) ?? (email ? await db.user.findFirst({ where: { email, oidcSubject: null } }) : null);
  const actor = email ?? input.subject;
  if (!user || user.disabled || user.isDemo) {
    await audit({
      userId: user?.id,
      actor,
      action: "sign-in-failed",
      address: input.address,
      after: { method: "oidc", reason: user ? "disabled-or-demo" : "no-such-user" },
    });
    return "invalid";
  }
  if (!user.oidcSubject) await db.user.update({ where: { id: user.id }, data: { oidcSubject: input.subject } });
  const sid = await startSession(user.id, "oidc");
  await audit({ userId: user.id, actor: user.email, action: "sign-in", address: input.address, after: { method: "oidc" } });
  return { id: user.id, email: user.email, name: user.name, sid, sessionVersion: user.sessionVersion };
}
