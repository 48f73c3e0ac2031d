import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { provisionUser } from "../provision";
import { addUserSchema } from "../schema";

/** An administrator adds a person to their municipality: a new account, or an invitation to an existing one. */
export const addUser = defineCommand({
  schema: addUserSchema,
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "administer", { municipalityId }),
  write: async ({ user, data }): Promise<number> => (await provisionUser({ userId: user.id, email: user.email }, data, { existingAccount: "invite" })).userId,
});
