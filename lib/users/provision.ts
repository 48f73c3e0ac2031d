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

/** Writes a role and its areas, and ends the user's sessions so the change holds from their next request. */
export async function writeGrant(tx: Tx, userId: number, grant: Grant) {
  const membership = await tx.membership.upsert({
    where: { userId_municipalityId: { userId, municipalityId: grant.municipalityId } },
    create: { userId, municipalityId: grant.municipalityId, role: grant.role },
    update: { role: grant.role },
  });
  await tx.membershipArea.deleteMany({ where: { membershipId: membership.id } });
  await tx.membershipArea.createMany({ data: [...new Set(grant.areaIds)].map((areaId) => ({ membershipId: membership.id, areaId })) });
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Creates an account with a role in a municipality, or gives an existing account (found by e-mail)
 * that role. Used by administrators in the browser and by `npm run user:create`.
 */
export async function provisionUser(actor: Actor, data: z.output<typeof addUserSchema>, options: { isDemo?: boolean } = {}) {
  await assertAreasIn(data);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    const user =
      existing ?? (await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, isDemo: options.isDemo ?? false }, select: { id: true } }));
    await writeGrant(tx, user.id, data);
    await audit(
      {
        userId: actor.userId,
        actor: actor.email,
        action: existing ? "grant-role" : "create-user",
        entityType: "user",
        entityId: user.id,
        municipalityId: data.municipalityId,
        after: { email: data.email, role: data.role, areaIds: data.areaIds },
      },
      tx,
    );
    return user.id;
  });
}

export { assertAreasIn };
