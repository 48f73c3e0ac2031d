import { goodExampleContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { slugField } from "@/lib/municipal-items/form";

const f = sv.admin.content.fields;

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
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 200 },
    { name: "summary", label: f.summary, kind: "textarea", required: true, maxLength: 1000 },
    { name: "body", label: f.body, kind: "markdown", hint: sv.admin.fields.markdownHint },
    { name: "people", label: f.people, kind: "text", maxLength: 300 },
    slugField,
  ],
  title: (s) => String(s.title),
});
