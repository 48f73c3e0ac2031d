import { z } from "@/lib/validation";
import { SLUG_PATTERN } from "@/lib/slug";
import { markdown, text } from "@/lib/content/schema";
import { recordId } from "@/lib/plan/schema";
import { emailSchema } from "@/lib/users/schema";
import { locales } from "@/lib/i18n/routing";

/**
 * The portal's own addresses (/admin, /logga-in, /sok…, and /admin/plattform beside /admin/<slug>) are
 * folders of app/ and win over a municipality's slug: a municipality may not take one. Checked against
 * app/ by tests/unit/reserved-slugs.test.ts. The languages' prefixes too: /fi/… is Finnish, not a municipality.
 */
export const RESERVED_SLUGS = [
  "admin",
  "agenda-2030",
  "api",
  "konto",
  "logga-in",
  "oppna-data",
  "sok",
  "tillganglighet",
  "plattform",
  "tvastegsverifiering",
  ...locales,
] as const;

/** What an operator gives a new municipality; the rest (introduction, short name) its administrators edit. */
export const createMunicipalitySchema = z.object({
  name: text(200),
  slug: z
    .string()
    .trim()
    .max(100)
    .regex(SLUG_PATTERN, "admin.fields.slugHint")
    .refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), "admin.platform.slugReserved"),
  code: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "admin.platform.codePattern"),
  contact: markdown.optional(),
});

/** The first administrator of a municipality, invited by e-mail. */
export const inviteAdministratorSchema = z.object({ municipalityId: recordId, email: emailSchema, name: text(200) });

export const makeOperatorSchema = z.object({ email: emailSchema });

/** "Katrineholms kommun" → "Katrineholm", "Göteborgs stad" → "Göteborg"; the administrators can change it. */
export const shortNameOf = (name: string) => name.replace(/s? (kommun|stad)$/i, "");
