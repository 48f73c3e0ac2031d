import { z } from "@/lib/validation";
import type { MessageKey } from "@/lib/i18n/message";
import { actionFieldsSchema } from "@/lib/actions/schema";
import { areaFieldsSchema } from "@/lib/areas/schema";
import { actionSlug, areaSlug, goalSlug } from "@/lib/content/slugs";
import { createDocumentSchema } from "@/lib/documents/schema";
import { goalFieldsSchema } from "@/lib/goals/schema";

const areaSchema = areaFieldsSchema.pick({ number: true, title: true, description: true }).extend({
  goals: z.array(goalFieldsSchema.pick({ code: true, title: true, text: true })).max(500),
  actions: z.array(actionFieldsSchema.pick({ number: true, title: true, text: true })).max(1000),
});

/**
 * Numbers, codes and addresses must be unique as the data model requires. The create commands check this
 * against the database, which cannot see the rows of the same import before it commits: so it is checked here, in the input.
 */
function checkUnique(areas: z.output<typeof areaSchema>[], ctx: z.RefinementCtx) {
  const seen = new Map<string, Set<string>>();
  const once = (scope: string, value: string | undefined, path: (string | number)[], message: MessageKey) => {
    if (value === undefined) return;
    const values = seen.get(scope) ?? seen.set(scope, new Set()).get(scope)!;
    if (values.has(value)) ctx.addIssue({ code: "custom", path, message });
    values.add(value);
  };
  const taken = "admin.validation.numberTaken";
  const slugTaken = "admin.validation.slugTaken";
  areas.forEach((area, a) => {
    once("area number", area.number, [a, "number"], taken);
    once("area slug", areaSlug(area), [a, "title"], slugTaken);
    area.goals.forEach((goal, g) => {
      once("goal code", goal.code, [a, "goals", g, "code"], taken);
      once("goal slug", goalSlug(goal), [a, "goals", g, "title"], slugTaken);
    });
    area.actions.forEach((action, i) => {
      once(`action number ${a}`, action.number, [a, "actions", i, "number"], taken);
      once("action slug", actionSlug(action, area.number), [a, "actions", i, "title"], slugTaken);
    });
  });
}

/** A plan from Word as the mapping form sends it: the document's metadata and its areas with goals and actions, by the editors' own rules. */
export const importWordPlanSchema = z.object({
  document: createDocumentSchema,
  areas: z.array(areaSchema).min(1).max(200).superRefine(checkUnique),
});
