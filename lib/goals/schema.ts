import { goalContentSchema } from "@/lib/content/schema";
import { existing, optionalSlug, recordId } from "@/lib/plan/schema";
import type { z } from "@/lib/validation";
import { withTranslationKeys } from "@/lib/translations/schema";

/** A goal's fields as forms and the API send them: the content file's rules. */
export const goalFieldsSchema = goalContentSchema
  .pick({ code: true, title: true, text: true, agenda2030: true, publicHealth: true, translations: true })
  .extend({ slug: optionalSlug, areaId: recordId });

export const createGoalSchema = withTranslationKeys(goalFieldsSchema);
export const updateGoalSchema = withTranslationKeys(goalFieldsSchema.extend(existing));
export type GoalFields = z.output<typeof goalFieldsSchema>;
