import { knowledgePageContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { slugField } from "@/lib/municipal-items/form";
import { filled } from "@/lib/municipal-items/schema";

/** Knowledge pages (risk and protective factors…), each a Markdown page of its own: /<m>/kunskap/<slug>. */
export const knowledgePageItem = defineItemKind({
  type: "knowledgePage",
  model: "knowledgePage",
  segment: "kunskap",
  schema: knowledgePageContentSchema.extend({ body: filled(knowledgePageContentSchema.shape.body), slug: optionalSlug }),
  columns: ["title", "summary", "body"],
  ...listed(titleSlug),
  publicPage: { path: (m, s) => paths.knowledgePage(m, String(s.slug)), own: true },
  form: () => [
    { name: "title", label: "admin.content.fields.title", kind: "text", required: true, maxLength: 200 },
    { name: "summary", label: "admin.content.fields.summary", kind: "textarea", required: true, maxLength: 1000 },
    { name: "body", label: "admin.content.fields.body", kind: "markdown", required: true, hint: "admin.fields.markdownHint" },
    slugField,
  ],
  title: (s) => String(s.title),
});
