import { z } from "@/lib/validation";
import { actionFieldsSchema } from "@/lib/actions/schema";
import { areaFieldsSchema } from "@/lib/areas/schema";
import { createDocumentSchema } from "@/lib/documents/schema";
import { goalFieldsSchema } from "@/lib/goals/schema";

/** A plan from Word as the mapping form sends it: the document's metadata and its areas with goals and actions, by the editors' own rules. */
export const importWordPlanSchema = z.object({
  document: createDocumentSchema,
  areas: z
    .array(
      areaFieldsSchema.pick({ number: true, title: true, description: true }).extend({
        goals: z.array(goalFieldsSchema.pick({ code: true, title: true, text: true })).max(500),
        actions: z.array(actionFieldsSchema.pick({ number: true, title: true, text: true })).max(1000),
      }),
    )
    .min(1)
    .max(200),
});
