import { networkContentSchema } from "@/lib/content/schema";
import { nameSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { slugField } from "@/lib/municipal-items/form";
import { filled } from "@/lib/municipal-items/schema";

/** Networks and collaboration groups, listed with their purpose on /<m>/natverk. */
export const networkItem = defineItemKind({
  type: "network",
  model: "network",
  segment: "natverk",
  schema: networkContentSchema.extend({ purpose: filled(networkContentSchema.shape.purpose), slug: optionalSlug }),
  columns: ["name", "purpose"],
  ...listed(nameSlug),
  publicPage: { path: (m, s) => `${paths.networks(m)}#${s.slug}` },
  form: () => [
    { name: "name", label: "admin.content.fields.name", kind: "text", required: true, maxLength: 200 },
    { name: "purpose", label: "admin.content.fields.purpose", kind: "markdown", required: true, hint: "admin.fields.markdownHint" },
    slugField,
  ],
  title: (s) => String(s.name),
});
