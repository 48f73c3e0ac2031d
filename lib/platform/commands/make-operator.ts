import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { audit } from "@/lib/audit/record";
import { assertCan, platform } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { makeOperatorSchema } from "../schema";

/** An operator makes another existing account an operator (it then has to use two-factor sign-in as administrators do). */
export const makeOperator = defineCommand({
  schema: makeOperatorSchema,
  authorize: (user) => assertCan(user, "operate", platform),
  write: async ({ user, data }): Promise<number> =>
    db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { email: data.email }, select: { id: true, isOperator: true } });
      if (!target) throw invalid({ email: ["admin.platform.noAccount"] });
      if (!target.isOperator) {
        await tx.user.update({ where: { id: target.id }, data: { isOperator: true } });
        await audit({ userId: user.id, actor: user.email, action: "make-operator", entityType: "user", entityId: target.id }, tx);
      }
      return target.id;
    }),
});
