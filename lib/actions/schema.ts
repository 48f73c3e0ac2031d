import { type z } from "@/lib/validation";
import { actionContentSchema } from "@/lib/content/schema";
import { existing, idList, optionalSlug, recordId } from "@/lib/plan/schema";
import { withTranslationKeys } from "@/lib/translations/schema";

/** An action's fields as forms and the API send them: the content file's rules, with links by id. */
export const actionFieldsSchema = actionContentSchema
  .pick({ number: true, title: true, text: true, agenda2030: true, publicHealth: true, translations: true })
  .extend({
    slug: optionalSlug,
    areaId: recordId,
    goalIds: idList,
    responsibleIds: idList,
    partnerIds: idList,
  });

export const createActionSchema = withTranslationKeys(actionFieldsSchema);
export const updateActionSchema = withTranslationKeys(actionFieldsSchema.extend(existing));

export type ActionFields = z.output<typeof actionFieldsSchema>;
