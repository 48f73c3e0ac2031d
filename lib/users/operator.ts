import { z } from "@/lib/validation";
import { db } from "@/lib/db/client";
import { notFound, parseInput } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { emailSchema, passwordSchema } from "./schema";

/**
 * Writes that only the operator of a deployment makes, from the command line (`npm run user:*`),
 * where there is no signed-in user: validated, in a transaction, audited as "kommandorad".
 */
const OPERATOR = { userId: null, actor: "kommandorad" } as const;

async function userByEmail(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw notFound(`user ${email}`);
  return user;
}

export async function resetPassword(input: unknown) {
  const data = parseInput(z.object({ email: emailSchema, password: passwordSchema }), input);
  const user = await userByEmail(data.email);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await audit({ ...OPERATOR, action: "set-password", entityType: "user", entityId: user.id }, tx);
  });
}

/** Disabling ends the user's sessions at their next request; enabling lets them sign in again. */
export async function setDisabled(input: unknown) {
  const data = parseInput(z.object({ email: emailSchema, disabled: z.boolean() }), input);
  const user = await userByEmail(data.email);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabled: data.disabled, sessionVersion: { increment: 1 } } });
    await audit({ ...OPERATOR, action: data.disabled ? "disable-user" : "enable-user", entityType: "user", entityId: user.id }, tx);
  });
}
