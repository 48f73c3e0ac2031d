import { z } from "@/lib/validation";
import { ActionStatus, GoalAssessmentValue } from "@/lib/generated/prisma/enums";
import { isoDate, markdown, text } from "@/lib/content/schema";
import { flag, recordId, recordVersion } from "@/lib/plan/schema";
import { SLUG_PATTERN } from "@/lib/slug";

/** A follow-up period as forms and the API send it; dates are "YYYY-MM-DD". */
export const createPeriodSchema = z
  .object({
    municipalityId: recordId,
    title: text(120),
    slug: z.string().trim().regex(SLUG_PATTERN, "validation.slug").max(40, "validation.tooLong"),
    startsOn: isoDate,
    endsOn: isoDate,
  })
  .refine((p) => p.endsOn >= p.startsOn, { path: ["endsOn"], message: "followUp.validation.endsBeforeStart" });

/** Publishing or reopening a period: which one, and the version the page showed. */
export const periodStateSchema = z.object({ id: recordId, version: recordVersion });

/** A table row's version: the record's, or 0 when the row had no record when the table was loaded. */
const rowVersion = z.coerce.number().int().min(0);

/**
 * A table of rows keyed by record id. A row with no record yet and nothing filled in is no row at all,
 * so a coordinator can leave rows for later.
 */
const rowsById = <T extends z.ZodType>(row: T) =>
  z.preprocess(
    (rows) =>
      rows && typeof rows === "object"
        ? Object.fromEntries(
            Object.entries(rows as Record<string, Record<string, unknown>>).filter(
              ([, r]) => Number(r?.version ?? 0) !== 0 || Object.entries(r ?? {}).some(([k, value]) => k !== "version" && value !== undefined && value !== ""),
            ),
          )
        : rows,
    z.record(z.string().regex(/^[1-9][0-9]{0,9}$/, "validation.invalidId"), row).refine((rows) => Object.keys(rows).length <= 1000, "validation.tooManyRows"),
  );

const progressError = "followUp.validation.progress";
const progress = z.number({ error: progressError }).int(progressError).min(0, progressError).max(100, progressError);

/** One action's follow-up in a period. "Ej bedömbar" requires the reason. */
export const actionFollowUpSchema = z
  .object({
    version: rowVersion,
    status: z.enum(ActionStatus),
    progress: progress.optional(),
    reason: text(1000).optional(),
    comment: markdown.default(""),
    responsiblePerson: text(200).optional(),
    reportedOn: isoDate.optional(),
  })
  .superRefine((row, ctx) => {
    if (row.status === "NOT_ASSESSABLE" && !row.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "followUp.validation.reasonRequired" });
  });

export const saveActionFollowUpsSchema = z.object({ periodId: recordId, rows: rowsById(actionFollowUpSchema) });

/** One goal's assessment in a period, with the analysis behind it. */
export const goalAssessmentSchema = z.object({
  version: rowVersion,
  assessment: z.enum(GoalAssessmentValue),
  analysis: markdown.default(""),
});

export const saveGoalAssessmentsSchema = z.object({ periodId: recordId, rows: rowsById(goalAssessmentSchema) });

/** The editor responsible for an area marks its follow-up ready (or takes the mark back). */
export const areaSignOffSchema = z.object({ periodId: recordId, areaId: recordId, ready: flag });
