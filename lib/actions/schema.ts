import { type z } from "@/lib/validation";
import { actionContentSchema } from "@/lib/content/schema";
import { existing, idList, optionalSlug, recordId } from "@/lib/plan/schema";

/** An action's fields as forms and the API send them: the content file's rules, with links by id. */
export const actionFieldsSchema = actionContentSchema.pick({ number: true, title: true, text: true, agenda2030: true, publicHealth: true }).extend({
  slug: optionalSlug,
  areaId: recordId,
  goalIds: idList,
  responsibleIds: idList,
  partnerIds: idList,
});

export const createActionSchema = actionFieldsSchema;
export const updateActionSchema = actionFieldsSchema.extend(existing);

export type ActionFields = z.output<typeof actionFieldsSchema>;
