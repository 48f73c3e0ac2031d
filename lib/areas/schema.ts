import { areaContentSchema } from "@/lib/content/schema";
import { existing, optionalSlug, recordId } from "@/lib/plan/schema";
import type { z } from "@/lib/validation";
import { withTranslationKeys } from "@/lib/translations/schema";

/** An area's fields as forms and the API send them: the content file's rules. */
// Everything but its goals and actions, which are records of their own.
export const areaFieldsSchema = areaContentSchema.omit({ goals: true, actions: true }).extend({ slug: optionalSlug });

export const createAreaSchema = withTranslationKeys(areaFieldsSchema.extend({ documentId: recordId }));
export const updateAreaSchema = withTranslationKeys(areaFieldsSchema.extend(existing));
export type AreaFields = z.output<typeof areaFieldsSchema>;
