import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { membershipOrThrow } from "../guards";
import { setPasswordSchema } from "../schema";

/**
 * An administrator sets a new password for a person of their municipality, who is then signed out
 * everywhere. Not for someone only invited, nor for accounts that also work in another municipality:
 * one municipality's administrator must not take over an account another municipality relies on.
 */
export const setPassword = defineCommand({
  schema: setPasswordSchema,
  // The administrator's own right first (before the membership is looked up), then the account's.
  authorize: async (user, _nothing, data) => {
    assertCan(user, "administer", { municipalityId: data.municipalityId });
    const membership = await membershipOrThrow(data.userId, data.municipalityId);
    if (!membership.acceptedAt) throw forbidden(`user ${data.userId} has not accepted the invitation`);
    const elsewhere = await db.membership.count({ where: { userId: data.userId, municipalityId: { not: data.municipalityId } } });
    if (elsewhere > 0) throw forbidden(`user ${data.userId} has roles in other municipalities`);
  },
  write: async ({ user, data }): Promise<void> => {
    const passwordHash = await hashPassword(data.password);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: data.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await audit(
        { userId: user.id, actor: user.email, action: "set-password", entityType: "user", entityId: data.userId, municipalityId: data.municipalityId },
        tx,
      );
    });
  },
});
