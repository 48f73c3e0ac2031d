import { citizenDialogueContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { documentField, slugField } from "@/lib/municipal-items/form";
import { filled, sourceDocument } from "@/lib/municipal-items/schema";

const f = sv.admin.content.fields;
const markdownHint = sv.admin.fields.markdownHint;

/** Citizen dialogues: when, about what, how, with whom, how many answered, and what came out of it. */
export const dialogueItem = defineItemKind({
  type: "dialogue",
  model: "citizenDialogue",
  segment: "medborgardialoger",
  schema: citizenDialogueContentSchema
    .omit({ document: true })
    .extend({ documentId: sourceDocument, summary: filled(citizenDialogueContentSchema.shape.summary), slug: optionalSlug }),
  columns: ["title", "period", "topic", "method", "participants", "responses", "summary", "documentId"],
  ...listed(titleSlug),
  publicPage: { path: (m, s) => `${paths.dialogues(m)}#${s.slug}` },
  form: (options) => [
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 200 },
    { name: "period", label: f.period, kind: "text", required: true, maxLength: 100, hint: f.periodHint },
    { name: "topic", label: f.topic, kind: "text", maxLength: 300 },
    { name: "method", label: f.method, kind: "markdown", hint: markdownHint },
    { name: "participants", label: f.participants, kind: "markdown", hint: markdownHint },
    { name: "responses", label: f.responses, kind: "integer" },
    { name: "summary", label: f.summary, kind: "markdown", required: true, hint: markdownHint },
    documentField(options),
    slugField,
  ],
  title: (s) => String(s.title),
});
