import { z } from "@/lib/validation";
import { IndicatorValueType } from "@/lib/generated/prisma/enums";
import { markdown, text } from "@/lib/content/schema";
import { existing, flag, idList, optionalSlug, recordId } from "@/lib/plan/schema";
import { valueOfType, valueProblem, valueYear } from "./values";

const indicatorShape = {
  name: text(200),
  slug: optionalSlug,
  description: markdown.optional(),
  unit: text(60),
  valueType: z.enum(IndicatorValueType),
  source: text(200).optional(),
  higherIsBetter: flag,
  targetValue: z.number({ error: "indicators.validation.number" }).optional(),
  targetYear: valueYear.optional(),
  koladaKpi: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][0-9]{5}$/, "indicators.validation.kpi")
    .optional(),
  goalIds: idList,
};

/** A target fits the value type, and says which year it is for. */
function checkTarget(i: { valueType: IndicatorValueType; targetValue?: number; targetYear?: number }, ctx: z.RefinementCtx) {
  if (i.targetValue === undefined) return;
  const problem = valueProblem(i.valueType, i.targetValue);
  if (problem) ctx.addIssue({ code: "custom", path: ["targetValue"], message: problem });
  if (i.targetYear === undefined) ctx.addIssue({ code: "custom", path: ["targetYear"], message: "indicators.validation.targetYearRequired" });
}

export const createIndicatorSchema = z.object({ ...indicatorShape, municipalityId: recordId }).superRefine(checkTarget);
export const updateIndicatorSchema = z.object({ ...indicatorShape, ...existing }).superRefine(checkTarget);
export type IndicatorFields = z.output<typeof updateIndicatorSchema>;

/** The values table: which indicator and the version the form showed, then one row per year. */
export const valuesTableSchema = z.object({ ...existing, rows: z.record(z.string(), z.unknown()) });

/** One year's row of the values table, its values checked against the indicator's value type. */
export const valueRowSchema = (type: IndicatorValueType) => {
  const value = valueOfType(type).optional();
  return z.object({ year: valueYear, total: value, women: value, men: value, national: value });
};
