import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import { accepted } from "@/lib/auth/accepted";

/** The user's role in this municipality; another municipality's user is simply not found here. */
export async function membershipOrThrow(userId: number, municipalityId: number) {
  const membership = await db.membership.findUnique({ where: { userId_municipalityId: { userId, municipalityId } } });
  if (!membership) throw notFound(`user ${userId} in municipality ${municipalityId}`);
  return membership;
}

/** A municipality never loses its last administrator who has accepted (nobody could then manage its users). */
export async function assertNotLastAdmin(userId: number, municipalityId: number) {
  const admins = await db.membership.findMany({ where: { municipalityId, role: "ADMIN", ...accepted }, select: { userId: true } });
  if (admins.length === 1 && admins[0]!.userId === userId) throw invalid({ role: ["admin.validation.lastAdmin"] });
}
