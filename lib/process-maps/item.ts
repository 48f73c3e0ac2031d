import { processMapContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { ProcessKind } from "@/lib/generated/prisma/enums";
import { defineItemKind, listed, type Row } from "@/lib/municipal-items/kind";
import { codeOptions, documentField, slugField } from "@/lib/municipal-items/form";
import { fromEnum, toEnum } from "@/lib/municipal-items/record";
import { sourceDocument } from "@/lib/municipal-items/schema";

/** A map's processes: at least one, and a number only once per kind of process (the database's key). */
const processes = processMapContentSchema.shape.processes.superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((process, i) => {
    const key = `${process.kind}|${process.number}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "number"], message: "admin.validation.processNumberTaken" });
    seen.add(key);
  });
});

/** Process maps (main, management and support processes, each with proposals), each a page: /<m>/processkarta/<slug>. */
export const processMapItem = defineItemKind({
  type: "processMap",
  model: "processMap",
  segment: "processkarta",
  schema: processMapContentSchema.omit({ document: true }).extend({ documentId: sourceDocument, processes, slug: optionalSlug }),
  columns: ["title", "intro", "documentId"],
  nested: {
    keys: ["processes"],
    select: {
      processes: {
        orderBy: { position: "asc" },
        select: { kind: true, number: true, title: true, description: true, proposals: { orderBy: { position: "asc" }, select: { text: true } } },
      },
    },
    read: (row) => ({
      processes: (row.processes as Row[]).map(({ kind, proposals, ...process }) => ({
        ...process,
        kind: fromEnum(kind),
        proposals: (proposals as { text: string }[]).map((p) => p.text),
      })),
    }),
    write: async (tx, mapId, data) => {
      await tx.process.deleteMany({ where: { mapId } });
      for (const [position, { kind, proposals, ...process }] of data.processes.entries()) {
        await tx.process.create({
          data: {
            ...process,
            description: process.description ?? null,
            kind: toEnum(kind) as "MAIN" | "MANAGEMENT" | "SUPPORT",
            mapId,
            position,
            proposals: { create: proposals.map((text, p) => ({ text, position: p })) },
          },
        });
      }
    },
  },
  ...listed(titleSlug),
  publicPage: { path: (m, s) => paths.processMap(m, String(s.slug)), own: true },
  form: (options) => [
    { name: "title", label: "admin.content.fields.title", kind: "text", required: true, maxLength: 200 },
    { name: "intro", label: "admin.content.fields.intro", kind: "markdown", hint: "admin.fields.markdownHint" },
    documentField(options),
    {
      name: "processes",
      label: "admin.content.fields.processes",
      kind: "rows",
      itemLabel: "admin.content.fields.process",
      addLabel: "admin.content.fields.addProcess",
      columns: [
        {
          name: "kind",
          label: "admin.content.fields.processKind",
          kind: "select",
          required: true,
          options: codeOptions(ProcessKind, (k) => `processKind.${k}`),
        },
        { name: "number", label: "admin.content.fields.processNumber", kind: "text", required: true, maxLength: 20 },
        { name: "title", label: "admin.content.fields.title", kind: "text", required: true, maxLength: 300 },
        { name: "description", label: "admin.content.fields.description", kind: "textarea", hint: "admin.fields.markdownHint" },
        { name: "proposals", label: "admin.content.fields.proposals", kind: "lines", hint: "admin.content.fields.proposalsHint" },
      ],
    },
    slugField,
  ],
  title: (s) => String(s.title),
});
