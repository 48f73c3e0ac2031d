import { z } from "@/lib/validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { idList, recordId } from "@/lib/plan/schema";

export const roles = ["ADMIN", "EDITOR", "REVIEWER"] as const;

export const emailSchema = z
  .email({ error: "admin.validation.email" })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

// The message names the length itself (12): keep admin.validation.passwordLength in step with MIN_PASSWORD_LENGTH.
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, "admin.validation.passwordLength").max(200, "admin.validation.atMost200");

/** A role in one municipality; an editor may be limited to some of its areas. */
export const grantSchema = z.object({
  municipalityId: recordId,
  role: z.enum(roles, { error: "admin.validation.chooseRole" }),
  areaIds: idList,
});

/** Adds a person to a municipality: a new account, or a role for an existing one. No password: OpenID Connect only. */
export const addUserSchema = grantSchema.extend({
  email: emailSchema,
  name: z.string().trim().min(1, "admin.validation.required").max(200, "admin.validation.atMost200"),
  password: passwordSchema.optional(),
});

/** In the browser nobody sets another person's first password: they choose it through the invitation's link. */
export const inviteUserSchema = addUserSchema.omit({ password: true });

export const changeGrantSchema = grantSchema.extend({ userId: recordId });
export const removeGrantSchema = z.object({ userId: recordId, municipalityId: recordId });
export const setPasswordSchema = z.object({ userId: recordId, municipalityId: recordId, password: passwordSchema });
/** The person's answer to their own invitation to a municipality. */
export const invitationAnswerSchema = z.object({ municipalityId: recordId, answer: z.enum(["accept", "decline"]) });
