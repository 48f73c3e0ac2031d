import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { defineCommand } from "@/lib/commands/define";
import { invitationAnswerSchema } from "../schema";

/**
 * The person accepts an invitation to a municipality (the role holds from their next request) or
 * declines it (nothing of it is left there).
 */
export const answerInvitation = defineCommand({
  schema: invitationAnswerSchema,
  // Any signed-in person may answer; the write's filter is the rest: only their own, still pending
  // invitation is found, so nobody can answer for someone else.
  authorize: () => undefined,
  write: async ({ user, data: { municipalityId, answer } }): Promise<void> => {
    const invitation = { userId: user.id, municipalityId, acceptedAt: null };
    await db.$transaction(async (tx) => {
      const { count } =
        answer === "accept"
          ? await tx.membership.updateMany({ where: invitation, data: { acceptedAt: new Date() } })
          : await tx.membership.deleteMany({ where: invitation });
      if (count === 0) throw notFound(`invitation of user ${user.id} to municipality ${municipalityId}`);
      await audit({ userId: user.id, actor: user.email, action: `${answer}-invitation`, entityType: "user", entityId: user.id, municipalityId }, tx);
    });
  },
});
