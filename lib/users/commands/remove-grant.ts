import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { assertNotLastAdmin, membershipOrThrow } from "../guards";
import { removeGrantSchema } from "../schema";

/** Takes away a person's role in the municipality, or withdraws an invitation (the account stays, for the history); a member's sessions end at once. */
export const removeGrant = defineCommand({
  schema: removeGrantSchema,
  // Before the membership is looked up: another municipality's people are not even found.
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "administer", { municipalityId }),
  write: async ({ user, data }): Promise<void> => {
    const membership = await membershipOrThrow(data.userId, data.municipalityId);
    await assertNotLastAdmin(data.userId, data.municipalityId);
    await db.$transaction(async (tx) => {
      await tx.membership.delete({ where: { id: membership.id } });
      if (membership.acceptedAt) await tx.user.update({ where: { id: data.userId }, data: { sessionVersion: { increment: 1 } } });
      await audit(
        {
          userId: user.id,
          actor: user.email,
          action: "remove-role",
          entityType: "user",
          entityId: data.userId,
          municipalityId: data.municipalityId,
          before: { role: membership.role, pending: !membership.acceptedAt },
        },
        tx,
      );
    });
  },
});
