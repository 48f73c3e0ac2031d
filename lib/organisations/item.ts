import { z } from "@/lib/validation";
import { organisationNameSchema } from "@/lib/content/schema";
import { nameSlug } from "@/lib/content/slugs";
import { defineItemKind } from "@/lib/municipal-items/kind";

/**
 * Responsible bodies and partners. Actions link to them by id, so they are created and renamed here
 * (never archived); the address key follows the name, as the content import matches them by it.
 */
export const organisationItem = defineItemKind({
  type: "organisation",
  model: "organisation",
  segment: "organisationer",
  schema: z.strictObject({ name: organisationNameSchema }),
  columns: ["name"],
  slug: { of: nameSlug, field: "name", taken: "admin.validation.organisationExists" },
  positioned: false,
  hasStatus: false,
  orderBy: { name: "asc" },
  form: () => [
    {
      name: "name",
      label: "admin.content.fields.organisationName",
      kind: "text",
      required: true,
      maxLength: 200,
      hint: "admin.content.fields.organisationHint",
    },
  ],
  title: (s) => String(s.name),
});
