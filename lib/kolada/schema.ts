import { z } from "@/lib/validation";
import { locales } from "@/lib/i18n/routing";

/**
 * One page of Kolada's open API, v3 (`/v3/data/kpi/<kpi>/municipality/<code>`) or v2: per KPI,
 * municipality and year, the values by gender (T totalt, K kvinnor, M män) with Kolada's `count` and
 * `status` ("Missing" with a null value). A query with `from_date` also marks withdrawn values: v2
 * documents `is_deleted` (0|1), v3 answers `isdeleted` (true|false). The year is a number in v3 and a
 * string ("2009") in v2's documentation; both are read. Fields Kolada adds beyond these are ignored.
 */
const deletedFlag = z.union([z.boolean(), z.literal(0), z.literal(1)]).optional();

const koladaValueSchema = z
  .object({
    gender: z.enum(["T", "K", "M"]),
    value: z.number().nullable(),
    count: z.number().int().nullable().optional(),
    status: z.string().nullable().optional(),
    is_deleted: deletedFlag,
    isdeleted: deletedFlag,
  })
  .transform(({ is_deleted, isdeleted, status, count, ...v }) => ({
    ...v,
    status: status || null,
    count: count ?? null,
    deleted: Boolean(is_deleted) || Boolean(isdeleted),
  }));

const yearError = "indicators.validation.year";
const year = z.number({ error: yearError }).int(yearError).min(1900, yearError).max(2100, yearError);
const period = z.union(
  [
    year,
    z
      .string()
      .regex(/^[0-9]{4}$/, yearError)
      .transform(Number)
      .pipe(year),
  ],
  { error: yearError },
);

const koladaRowSchema = z.object({
  kpi: z.string().regex(/^[A-Z][0-9]{5}$/, "indicators.validation.kpi"),
  /** A municipality's or region's code, or a group's (G…); codes other than the importer's and 0000 are skipped. */
  municipality: z.string().min(1, "kolada.municipalityCode"),
  period,
  values: z.array(koladaValueSchema),
});

export const koladaPageSchema = z.object({
  values: z.array(koladaRowSchema),
  /** v3 */
  next_url: z.string().nullable().optional(),
  /** v2 */
  next_page: z.string().nullable().optional(),
});

export type KoladaRow = z.output<typeof koladaRowSchema>;

/** Kolada's code for the whole country; its values become the national comparison. */
export const NATIONAL_CODE = "0000";

/**
 * An import as the admin form and the command line ask for it: a file's text, or an address of Kolada's
 * API; and the language its problems are told in.
 */
export const koladaImportSchema = z
  .object({
    municipalityId: z.coerce.number().int().positive(),
    json: z.string().max(5_000_000, "kolada.fileTooLarge").optional(),
    locale: z.enum(locales).default("sv"),
    url: z.string().trim().optional(),
  })
  .refine((i) => Boolean(i.json) !== Boolean(i.url), { path: ["file"], message: "kolada.fileOrUrl" });
