import { knowledgePageContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { slugField } from "@/lib/municipal-items/form";
import { filled } from "@/lib/municipal-items/schema";

const f = sv.admin.content.fields;

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
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 200 },
    { name: "summary", label: f.summary, kind: "textarea", required: true, maxLength: 1000 },
    { name: "body", label: f.body, kind: "markdown", required: true, hint: sv.admin.fields.markdownHint },
    slugField,
  ],
  title: (s) => String(s.title),
});
