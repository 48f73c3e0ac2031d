import { processMapContentSchema } from "@/lib/content/schema";
import { titleSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { defineItemKind, listed, type Row } from "@/lib/municipal-items/kind";
import { codeOptions, documentField, slugField } from "@/lib/municipal-items/form";
import { fromEnum, toEnum } from "@/lib/municipal-items/record";
import { sourceDocument } from "@/lib/municipal-items/schema";

const f = sv.admin.content.fields;

/** A map's processes: at least one, and a number only once per kind of process (the database's key). */
const processes = processMapContentSchema.shape.processes.superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((process, i) => {
    const key = `${process.kind}|${process.number}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "number"], message: sv.admin.validation.processNumberTaken });
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
    { name: "title", label: f.title, kind: "text", required: true, maxLength: 200 },
    { name: "intro", label: f.intro, kind: "markdown", hint: sv.admin.fields.markdownHint },
    documentField(options),
    {
      name: "processes",
      label: f.processes,
      kind: "rows",
      itemLabel: f.process,
      addLabel: f.addProcess,
      columns: [
        { name: "kind", label: f.processKind, kind: "select", required: true, options: codeOptions(sv.processKind) },
        { name: "number", label: f.processNumber, kind: "text", required: true, maxLength: 20 },
        { name: "title", label: f.title, kind: "text", required: true, maxLength: 300 },
        { name: "description", label: f.description, kind: "textarea", hint: sv.admin.fields.markdownHint },
        { name: "proposals", label: f.proposals, kind: "lines", hint: f.proposalsHint },
      ],
    },
    slugField,
  ],
  title: (s) => String(s.title),
});
