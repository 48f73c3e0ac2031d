import { db } from "@/lib/db/client";
import { assertCan, platform } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { defaultLocale, type Locale } from "@/lib/i18n/routing";
import { provisionUser } from "@/lib/users/provision";
import { inviteAdministratorSchema } from "../schema";

/**
 * An operator invites a municipality's administrator by e-mail, as an administrator invites anyone
 * (docs/decisions/101): the operator gets no role there, and an existing account only an invitation.
 * The e-mail is in `locale`, the language of the operator's page.
 */
export const inviteAdministrator = defineCommand({
  schema: inviteAdministratorSchema,
  // The platform permission first: whether a municipality exists is nobody else's business.
  authorize: (user) => assertCan(user, "operate", platform),
  write: async ({ user, data }, locale: Locale = defaultLocale): Promise<number> => {
    await orNotFound(db.municipality.findUnique({ where: { id: data.municipalityId }, select: { id: true } }), `municipality ${data.municipalityId}`);
    const grant = { ...data, role: "ADMIN" as const, areaIds: [] };
    return (await provisionUser({ userId: user.id, email: user.email }, grant, { existingAccount: "invite", inviter: user.name, locale })).userId;
  },
});
