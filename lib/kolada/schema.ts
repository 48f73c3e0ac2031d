import { z } from "@/lib/validation";
import { sv } from "@/lib/i18n/sv";

/**
 * One page of Kolada's open API v2 (`/v2/data/kpi/<kpi>/municipality/<code>`): per KPI, municipality
 * and year, the values by gender (T totalt, K kvinnor, M män). A missing value is null. Fields Kolada
 * adds beyond these are ignored.
 */
const koladaValueSchema = z.object({
  gender: z.enum(["T", "K", "M"]),
  value: z.number().nullable(),
  count: z.number().optional(),
  status: z.string().nullable().optional(),
});

const koladaRowSchema = z.object({
  kpi: z.string().regex(/^[A-Z][0-9]{5}$/, sv.indicators.validation.kpi),
  municipality: z.string().regex(/^[0-9]{4}$/, "Kommunkoden ska vara fyra siffror, t.ex. 0181"),
  period: z.number({ error: sv.indicators.validation.year }).int(sv.indicators.validation.year).min(1900, sv.indicators.validation.year).max(2100, sv.indicators.validation.year),
  values: z.array(koladaValueSchema),
});

export const koladaPageSchema = z.object({
  values: z.array(koladaRowSchema),
  next_page: z.string().nullable().optional(),
});

export type KoladaRow = z.output<typeof koladaRowSchema>;

/** Kolada's code for the whole country; its values become the national comparison. */
export const NATIONAL_CODE = "0000";

/** An import as the admin form and the command line ask for it: a file's text, or an address of Kolada's API. */
export const koladaImportSchema = z
  .object({
    municipalityId: z.coerce.number().int().positive(),
    json: z.string().max(5_000_000, "Filen är för stor (högst 5 MB)").optional(),
    url: z.string().trim().startsWith("https://api.kolada.se/", sv.kolada.onlyKolada).optional(),
  })
  .refine((i) => Boolean(i.json) !== Boolean(i.url), { path: ["file"], message: sv.kolada.fileOrUrl });
