import { db } from "@/lib/db/client";
import { notFound, parseInput } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { invitationAnswerSchema } from "../schema";

/**
 * The person accepts an invitation to a municipality (the role holds from their next request) or
 * declines it (nothing of it is left there). Authorization is the filter: only the signed-in person's
 * own, still pending invitation is found; nobody can answer for someone else.
 */
export async function answerInvitation(user: SessionUser, input: unknown) {
  const { municipalityId, answer } = parseInput(invitationAnswerSchema, input);
  const invitation = { userId: user.id, municipalityId, acceptedAt: null };
  await db.$transaction(async (tx) => {
    const { count } =
      answer === "accept"
        ? await tx.membership.updateMany({ where: invitation, data: { acceptedAt: new Date() } })
        : await tx.membership.deleteMany({ where: invitation });
    if (count === 0) throw notFound(`invitation of user ${user.id} to municipality ${municipalityId}`);
    await audit({ userId: user.id, actor: user.email, action: `${answer}-invitation`, entityType: "user", entityId: user.id, municipalityId }, tx);
  });
}
