import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { defaultLocale, type Locale } from "@/lib/i18n/routing";
import { provisionUser } from "../provision";
import { inviteUserSchema } from "../schema";

/**
 * An administrator invites a person to their municipality by e-mail: a new account chooses its own
 * password through the link sent; an existing account accepts when signed in (docs/decisions/050, 101).
 * The e-mail is in `locale`, the language of the administrator's page.
 */
export const addUser = defineCommand({
  schema: inviteUserSchema,
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "administer", { municipalityId }),
  write: async ({ user, data }, locale: Locale = defaultLocale): Promise<number> =>
    (await provisionUser({ userId: user.id, email: user.email }, data, { existingAccount: "invite", inviter: user.name, locale })).userId,
});
