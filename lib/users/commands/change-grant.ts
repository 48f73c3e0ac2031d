import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { assertNotLastAdmin, membershipOrThrow } from "../guards";
import { assertAreasIn, writeGrant } from "../provision";
import { changeGrantSchema } from "../schema";

/** Changes a person's role (and an editor's areas) in the municipality, or what an invitation offers; a member's sessions end at once. */
export const changeGrant = defineCommand({
  schema: changeGrantSchema,
  // Before the membership is looked up: another municipality's people are not even found.
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "administer", { municipalityId }),
  write: async ({ user, data }): Promise<void> => {
    const before = await membershipOrThrow(data.userId, data.municipalityId);
    if (data.role !== "ADMIN") await assertNotLastAdmin(data.userId, data.municipalityId);
    await assertAreasIn(data);
    await db.$transaction(async (tx) => {
      await writeGrant(tx, data.userId, data);
      if (before.acceptedAt) await tx.user.update({ where: { id: data.userId }, data: { sessionVersion: { increment: 1 } } });
      await audit(
        {
          userId: user.id,
          actor: user.email,
          action: "change-role",
          entityType: "user",
          entityId: data.userId,
          municipalityId: data.municipalityId,
          before: { role: before.role, pending: !before.acceptedAt },
          after: { role: data.role, areaIds: data.areaIds },
        },
        tx,
      );
    });
  },
});
