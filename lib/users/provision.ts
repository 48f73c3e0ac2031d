import type { z } from "@/lib/validation";
import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { defaultLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/revisions/save";
import { env } from "@/lib/env";
import { adminPaths } from "@/lib/admin-paths";
import { issueLink } from "@/lib/auth/email-tokens";
import { invitationMail } from "@/lib/mail/messages";
import { sendMailOrLog } from "@/lib/mail/send";
import type { addUserSchema, grantSchema } from "./schema";

type Actor = { userId: number | null; email: string };
type Grant = z.output<typeof grantSchema>;

async function assertAreasIn(grant: Grant) {
  if (grant.role !== "EDITOR" && grant.areaIds.length > 0) throw invalid({ areaIds: ["admin.validation.areasOnlyForEditors"] });
  const found = await db.area.count({ where: { id: { in: grant.areaIds }, document: { municipalityId: grant.municipalityId } } });
  if (found !== new Set(grant.areaIds).size) throw invalid({ areaIds: ["admin.validation.areaNotInMunicipality"] });
}

/**
 * Writes a role and its areas. A new membership is accepted at `acceptedAt`, or with null an invitation;
 * an existing one keeps its state unless given a time. Sessions are left alone: roles are read on every
 * request, and granting a role in one municipality must not sign the person out of another.
 */
export async function writeGrant(tx: Tx, userId: number, grant: Grant, acceptedAt?: Date | null): Promise<number> {
  const membership = await tx.membership.upsert({
    where: { userId_municipalityId: { userId, municipalityId: grant.municipalityId } },
    create: { userId, municipalityId: grant.municipalityId, role: grant.role, acceptedAt: acceptedAt ?? null },
    update: { role: grant.role, ...(acceptedAt ? { acceptedAt } : {}) },
  });
  await tx.membershipArea.deleteMany({ where: { membershipId: membership.id } });
  await tx.membershipArea.createMany({ data: [...new Set(grant.areaIds)].map((areaId) => ({ membershipId: membership.id, areaId })) });
  return membership.id;
}

/**
 * Adds a person to a municipality. The operator at the command line ("grant") creates a new account with
 * the name and password given, or gives an existing account the role at once. In the browser ("invite")
 * the role is an invitation (docs/decisions/050, 101): a new account is created without a password and
 * its invitation e-mail carries a link where the person chooses one, which also accepts the role; an
 * existing account (another's to control) gets no password or name written, only the invitation to
 * accept when signed in, and an e-mail saying so. `inviter` is the name the e-mail gives; `locale` the
 * language of the inviter's page, which the e-mail and its link are in (Swedish from the command line).
 */
export async function provisionUser(
  actor: Actor,
  data: z.output<typeof addUserSchema>,
  options: { existingAccount: "invite" | "grant"; isDemo?: boolean; inviter?: string; locale?: Locale },
): Promise<{ userId: number; invited: boolean }> {
  await assertAreasIn(data);
  const inviting = options.existingAccount === "invite";
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  const result = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: data.email },
      select: { id: true, memberships: { where: { municipalityId: data.municipalityId }, select: { id: true } } },
    });
    if (inviting && existing && existing.memberships.length > 0) throw invalid({ email: ["admin.validation.alreadyMember"] });
    const user =
      existing ?? (await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, isDemo: options.isDemo ?? false }, select: { id: true } }));
    const membershipId = await writeGrant(tx, user.id, data, inviting ? null : new Date());
    await audit(
      {
        userId: actor.userId,
        actor: actor.email,
        action: inviting && existing ? "invite-user" : existing ? "grant-role" : "create-user",
        entityType: "user",
        entityId: user.id,
        municipalityId: data.municipalityId,
        after: { email: data.email, role: data.role, areaIds: data.areaIds, ...(inviting && !existing ? { invited: true } : {}) },
      },
      tx,
    );
    if (!inviting) return { userId: user.id, mail: null };
    const { name: municipality } = await tx.municipality.findUniqueOrThrow({ where: { id: data.municipalityId }, select: { name: true } });
    const locale = options.locale ?? defaultLocale;
    const link = existing
      ? new URL(localePath(locale, adminPaths.home()), env.SITE_URL).toString()
      : await issueLink(tx, { userId: user.id, purpose: "invitation", membershipId }, locale);
    const mail = invitationMail(locale, {
      to: data.email,
      inviter: options.inviter ?? actor.email,
      municipality,
      role: data.role,
      link,
      newAccount: !existing,
    });
    return { userId: user.id, mail };
  });
  if (result.mail) await sendMailOrLog(result.mail);
  return { userId: result.userId, invited: inviting };
}

export { assertAreasIn };
