import { z } from "@/lib/validation";
import { db } from "@/lib/db/client";
import { invalid, unauthenticated } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { hashRecoveryCode, newRecoveryCodes, totpStep } from "@/lib/auth/totp";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand } from "@/lib/commands/define";

const confirmSchema = z.object({ code: z.string().trim().max(20) });

/**
 * The signed-in person turns on two-factor sign-in for their own account: a code from the app proves
 * it holds the secret shown. Returns the recovery codes, the only time they exist in plain text.
 */
const command = defineCommand({
  schema: confirmSchema,
  // Only for oneself: the write touches the signed-in person's own account and nobody else's.
  authorize: (user: SessionUser | null) => {
    if (!user) throw unauthenticated();
  },
  write: async ({ user, data: { code } }, now: Date): Promise<string[]> => {
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    const step = account.totpSecret && !account.totpEnabledAt ? await totpStep(account.totpSecret, code.replace(/\s/g, ""), null, now) : null;
    if (step === null) throw invalid({ code: ["admin.twoFactor.wrongCode"] });
    const codes = newRecoveryCodes();
    await db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpEnabledAt: now, totpLastStep: step } });
      if (count === 0) throw invalid({ code: ["admin.twoFactor.wrongCode"] });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })) });
      await audit({ userId: user.id, actor: user.email, action: "enable-totp", entityType: "user", entityId: user.id }, tx);
    });
    return codes;
  },
});

// The signed out are refused before their input is read, as before any command existed.
export const confirmTotp = async (user: SessionUser | null, input: unknown, now = new Date()): Promise<string[]> => {
  if (!user) throw unauthenticated();
  return command(user, input, now);
};
