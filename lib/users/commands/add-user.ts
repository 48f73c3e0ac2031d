import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { provisionUser } from "../provision";
import { inviteUserSchema } from "../schema";

/**
 * An administrator invites a person to their municipality by e-mail: a new account chooses its own
 * password through the link sent; an existing account accepts when signed in (docs/decisions/050, 101).
 */
export const addUser = defineCommand({
  schema: inviteUserSchema,
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "administer", { municipalityId }),
  write: async ({ user, data }): Promise<number> =>
    (await provisionUser({ userId: user.id, email: user.email }, data, { existingAccount: "invite", inviter: user.name })).userId,
});
