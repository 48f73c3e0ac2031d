import type { z } from "@/lib/validation";
import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/revisions/save";
import type { addUserSchema, grantSchema } from "./schema";

type Actor = { userId: number | null; email: string };
type Grant = z.output<typeof grantSchema>;

async function assertAreasIn(grant: Grant) {
  if (grant.role !== "EDITOR" && grant.areaIds.length > 0) throw invalid({ areaIds: [sv.admin.validation.areasOnlyForEditors] });
  const found = await db.area.count({ where: { id: { in: grant.areaIds }, document: { municipalityId: grant.municipalityId } } });
  if (found !== new Set(grant.areaIds).size) throw invalid({ areaIds: [sv.admin.validation.areaNotInMunicipality] });
}

/**
 * Writes a role and its areas. A new membership is accepted at `acceptedAt`, or with null an invitation;
 * an existing one keeps its state unless given a time. Sessions are left alone: roles are read on every
 * request, and granting a role in one municipality must not sign the person out of another.
 */
export async function writeGrant(tx: Tx, userId: number, grant: Grant, acceptedAt?: Date | null) {
  const membership = await tx.membership.upsert({
    where: { userId_municipalityId: { userId, municipalityId: grant.municipalityId } },
    create: { userId, municipalityId: grant.municipalityId, role: grant.role, acceptedAt: acceptedAt ?? null },
    update: { role: grant.role, ...(acceptedAt ? { acceptedAt } : {}) },
  });
  await tx.membershipArea.deleteMany({ where: { membershipId: membership.id } });
  await tx.membershipArea.createMany({ data: [...new Set(grant.areaIds)].map((areaId) => ({ membershipId: membership.id, areaId })) });
}

/**
 * Adds a person to a municipality. A new account is created with the name and password given, and
 * the role. An existing account (found by e-mail) is another's to control: an administrator in the
 * browser ("invite") only creates an invitation the person must accept, with no password or name
 * written; the operator at the command line ("grant") gives the role at once (docs/decisions/050).
 */
export async function provisionUser(
  actor: Actor,
  data: z.output<typeof addUserSchema>,
  options: { existingAccount: "invite" | "grant"; isDemo?: boolean },
): Promise<{ userId: number; invited: boolean }> {
  await assertAreasIn(data);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: data.email },
      select: { id: true, memberships: { where: { municipalityId: data.municipalityId }, select: { id: true } } },
    });
    const invited = existing !== null && options.existingAccount === "invite";
    if (invited && existing.memberships.length > 0) throw invalid({ email: [sv.admin.validation.alreadyMember] });
    const user =
      existing ?? (await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, isDemo: options.isDemo ?? false }, select: { id: true } }));
    await writeGrant(tx, user.id, data, invited ? null : new Date());
    await audit(
      {
        userId: actor.userId,
        actor: actor.email,
        action: invited ? "invite-user" : existing ? "grant-role" : "create-user",
        entityType: "user",
        entityId: user.id,
        municipalityId: data.municipalityId,
        after: { email: data.email, role: data.role, areaIds: data.areaIds },
      },
      tx,
    );
    return { userId: user.id, invited };
  });
}

export { assertAreasIn };
