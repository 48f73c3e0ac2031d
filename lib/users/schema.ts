import { z } from "@/lib/validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { idList, recordId } from "@/lib/plan/schema";

export const roles = ["ADMIN", "EDITOR", "REVIEWER"] as const;

export const emailSchema = z
  .email({ error: "Ange en giltig e-postadress" })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Lösenordet ska ha minst ${MIN_PASSWORD_LENGTH} tecken`).max(200, "Högst 200 tecken");

/** A role in one municipality; an editor may be limited to some of its areas. */
export const grantSchema = z.object({
  municipalityId: recordId,
  role: z.enum(roles, { error: "Välj en roll" }),
  areaIds: idList,
});

/** Adds a person to a municipality: a new account, or a role for an existing one. No password: OpenID Connect only. */
export const addUserSchema = grantSchema.extend({
  email: emailSchema,
  name: z.string().trim().min(1, "Måste fyllas i").max(200, "Högst 200 tecken"),
  password: passwordSchema.optional(),
});

/** In the browser nobody sets another person's first password: they choose it through the invitation's link. */
export const inviteUserSchema = addUserSchema.omit({ password: true });

export const changeGrantSchema = grantSchema.extend({ userId: recordId });
export const removeGrantSchema = z.object({ userId: recordId, municipalityId: recordId });
export const setPasswordSchema = z.object({ userId: recordId, municipalityId: recordId, password: passwordSchema });
/** The person's answer to their own invitation to a municipality. */
export const invitationAnswerSchema = z.object({ municipalityId: recordId, answer: z.enum(["accept", "decline"]) });
