import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { assertNotLastAdmin, membershipOrThrow } from "../guards";
import { removeGrantSchema } from "../schema";

/** Takes away a person's role in the municipality, or withdraws an invitation (the account stays, for the history); a member's sessions end at once. */
export async function removeGrant(user: SessionUser, input: unknown) {
  const data = parseInput(removeGrantSchema, input);
  assertCan(user, "administer", { municipalityId: data.municipalityId });
  const membership = await membershipOrThrow(data.userId, data.municipalityId);
  await assertNotLastAdmin(data.userId, data.municipalityId);
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membership.id } });
    if (membership.acceptedAt) await tx.user.update({ where: { id: data.userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(
      { userId: user.id, actor: user.email, action: "remove-role", entityType: "user", entityId: data.userId, municipalityId: data.municipalityId, before: { role: membership.role, pending: !membership.acceptedAt } },
      tx,
    );
  });
}
