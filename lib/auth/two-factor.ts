import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";
import { hashRecoveryCode, newTotpSecret, totpStep } from "./totp";

export type SecondFactor = "totp" | "recovery-code";

/** Whether a password session of someone with these roles must have TOTP (TOTP_REQUIRED_FOR). */
export const totpRequiredFor = (roles: Role[]) => roles.some((role) => (env.TOTP_REQUIRED_FOR as readonly Role[]).includes(role));

/**
 * Checks the second factor of a password sign-in: a TOTP code, claimed atomically so the same code
 * cannot sign in twice, or else an unused recovery code, which is then used up.
 */
export async function checkSecondFactor(
  user: { id: number; totpSecret: string; totpLastStep: number | null },
  code: string,
  now = new Date(),
): Promise<SecondFactor | null> {
  const typed = code.replace(/\s/g, "");
  const step = await totpStep(user.totpSecret, typed, user.totpLastStep, now);
  if (step !== null) {
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  const { count } = await db.recoveryCode.updateMany({ where: { userId: user.id, codeHash: hashRecoveryCode(typed), usedAt: null }, data: { usedAt: now } });
  return count === 1 ? "recovery-code" : null;
}

/** The secret being enrolled: kept until confirmed, so reloading the page does not change the QR code. Null once enrolled. */
export async function pendingTotpSecret(userId: number): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) return null;
  if (user.totpSecret) return user.totpSecret;
  const secret = newTotpSecret();
  await db.user.updateMany({ where: { id: userId, totpSecret: null }, data: { totpSecret: secret } });
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } })).totpSecret;
}
