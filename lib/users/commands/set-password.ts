import { db } from "@/lib/db/client";
import { forbidden, parseInput } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { membershipOrThrow } from "../guards";
import { setPasswordSchema } from "../schema";

/**
 * An administrator sets a new password for a person of their municipality, who is then signed out
 * everywhere. Not for someone only invited, nor for accounts that also work in another municipality:
 * one municipality's administrator must not take over an account another municipality relies on.
 */
export async function setPassword(user: SessionUser, input: unknown) {
  const data = parseInput(setPasswordSchema, input);
  assertCan(user, "administer", { municipalityId: data.municipalityId });
  const membership = await membershipOrThrow(data.userId, data.municipalityId);
  if (!membership.acceptedAt) throw forbidden(`user ${data.userId} has not accepted the invitation`);
  const elsewhere = await db.membership.count({ where: { userId: data.userId, municipalityId: { not: data.municipalityId } } });
  if (elsewhere > 0) throw forbidden(`user ${data.userId} has roles in other municipalities`);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: data.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await audit({ userId: user.id, actor: user.email, action: "set-password", entityType: "user", entityId: data.userId, municipalityId: data.municipalityId }, tx);
  });
}
