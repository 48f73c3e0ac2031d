import { parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { provisionUser } from "../provision";
import { addUserSchema } from "../schema";

/** An administrator adds a person to their municipality: a new account, or an invitation to an existing one. */
export async function addUser(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(addUserSchema, input);
  assertCan(user, "administer", { municipalityId: data.municipalityId });
  return (await provisionUser({ userId: user.id, email: user.email }, data, { existingAccount: "invite" })).userId;
}
