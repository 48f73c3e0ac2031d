import { citizenDialogueContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { documentField, slugField } from "@/lib/municipal-items/form";
import { filled, sourceDocument } from "@/lib/municipal-items/schema";

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
    { name: "title", label: "admin.content.fields.title", kind: "text", required: true, maxLength: 200 },
    { name: "period", label: "admin.content.fields.period", kind: "text", required: true, maxLength: 100, hint: "admin.content.fields.periodHint" },
    { name: "topic", label: "admin.content.fields.topic", kind: "text", maxLength: 300 },
    { name: "method", label: "admin.content.fields.method", kind: "markdown", hint: "admin.fields.markdownHint" },
    { name: "participants", label: "admin.content.fields.participants", kind: "markdown", hint: "admin.fields.markdownHint" },
    { name: "responses", label: "admin.content.fields.responses", kind: "integer" },
    { name: "summary", label: "admin.content.fields.summary", kind: "markdown", required: true, hint: "admin.fields.markdownHint" },
    documentField(options),
    slugField,
  ],
  title: (s) => String(s.title),
});
