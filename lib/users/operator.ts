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

/**
 * `npm run user:create -- --platform`: a new platform operator with the password given, or an existing
 * account made one (its name and password stay as they are).
 */
export async function createOperator(input: unknown): Promise<{ created: boolean }> {
  const data = parseInput(z.object({ email: emailSchema, name: z.string().trim().min(1).max(200), password: passwordSchema.optional() }), input);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { isOperator: true }, select: { id: true } })
      : await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, isOperator: true }, select: { id: true } });
    await audit({ ...OPERATOR, action: "make-operator", entityType: "user", entityId: user.id, after: { email: data.email } }, tx);
    return { created: !existing };
  });
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
