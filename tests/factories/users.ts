import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { newTotpSecret } from "@/lib/auth/totp";
import { totpRequiredFor } from "@/lib/auth/two-factor";
import { startSession, resolveSession } from "@/lib/auth/user-sessions";
import type { SessionUser } from "@/lib/auth/types";
import { setDisabled } from "@/lib/users/operator";
import { unique } from "./unique";

export const TEST_PASSWORD = "rätt-häftklammer-batteri";

/**
 * A user with one role in one municipality (an editor optionally limited to some areas). Someone whose
 * role requires two-factor sign-in (administrators) has it turned on, as they must before doing anything.
 */
export async function createUser(grant?: { municipalityId: number; role: Role; areaIds?: number[] }, extra: { disabled?: boolean; isDemo?: boolean } = {}) {
  const email = `${unique("person")}@example.se`;
  const user = await db.user.create({
    data: {
      email,
      name: `Person ${email.slice(7, 14)}`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      ...(grant && totpRequiredFor([grant.role]) ? { totpSecret: newTotpSecret(), totpEnabledAt: new Date() } : {}),
      ...extra,
      memberships: grant
        ? { create: { municipalityId: grant.municipalityId, role: grant.role, areas: { create: (grant.areaIds ?? []).map((areaId) => ({ areaId })) } } }
        : undefined,
    },
  });
  return user;
}

/** The user as the permission checks see them, through a real session. */
export async function sessionUser(userId: number): Promise<SessionUser> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const resolved = await resolveSession(await startSession(userId), sessionVersion);
  if (!resolved) throw new Error(`no session for user ${userId}`);
  return resolved;
}

export async function userWithRole(municipalityId: number, role: Role, areaIds?: number[]) {
  return sessionUser((await createUser({ municipalityId, role, areaIds })).id);
}

/** A platform operator (docs/decisions/100): no role in any municipality, two-factor sign-in on as an administrator's. */
export async function operatorUser(): Promise<SessionUser> {
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { isOperator: true, totpSecret: newTotpSecret(), totpEnabledAt: new Date() } });
  return sessionUser(user.id);
}

/**
 * What a command receives from a disabled person: they signed in, were then disabled (as `npm run
 * user:disable` does), and their session no longer resolves, so the server action passes no user.
 */
export async function disabledUsersSession(municipalityId: number): Promise<SessionUser | null> {
  const user = await createUser({ municipalityId, role: "ADMIN" });
  const sessionId = await startSession(user.id);
  await setDisabled({ email: user.email, disabled: true });
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return resolveSession(sessionId, sessionVersion);
}
