import { goodExampleContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { slugField } from "@/lib/municipal-items/form";

/** Good examples, each with a page of its own: /<m>/goda-exempel/<slug>. */
export const goodExampleItem = defineItemKind({
  type: "goodExample",
  model: "goodExample",
  segment: "goda-exempel",
  schema: goodExampleContentSchema.extend({ slug: optionalSlug }),
  columns: ["title", "summary", "body", "people"],
  ...listed(titleSlug),
  publicPage: { path: (m, s) => paths.goodExample(m, String(s.slug)), own: true },
  form: () => [
    { name: "title", label: "admin.content.fields.title", kind: "text", required: true, maxLength: 200 },
    { name: "summary", label: "admin.content.fields.summary", kind: "textarea", required: true, maxLength: 1000 },
    { name: "body", label: "admin.content.fields.body", kind: "markdown", hint: "admin.fields.markdownHint" },
    { name: "people", label: "admin.content.fields.people", kind: "text", maxLength: 300 },
    slugField,
  ],
  title: (s) => String(s.title),
});
