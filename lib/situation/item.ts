import { situationAnalysisContentSchema } from "@/lib/content/schema";
import type { SituationKind } from "@/lib/generated/prisma/client";
import type { FieldSpec } from "@/lib/admin/fields";
import { paths } from "@/lib/paths";
import { defineItemKind } from "@/lib/municipal-items/kind";
import { documentField, optionText } from "@/lib/municipal-items/form";
import { sourceDocument } from "@/lib/municipal-items/schema";

/** The four lists of an analysis, as the content file names them, and the kind each is stored as. */
const lists = { strengths: "STRENGTH", weaknesses: "WEAKNESS", opportunities: "OPPORTUNITY", challenges: "CHALLENGE" } as const satisfies Record<
  string,
  SituationKind
>;
const listNames = Object.keys(lists) as (keyof typeof lists)[];

/** Strengths, weaknesses, opportunities and challenges for one public-health target area; one analysis per area. */
export const situationItem = defineItemKind({
  type: "situation",
  model: "situationAnalysis",
  segment: "nulage",
  schema: situationAnalysisContentSchema.omit({ document: true }).extend({ documentId: sourceDocument }),
  columns: ["publicHealthArea", "heading", "documentId"],
  unique: [{ column: "publicHealthArea", message: "admin.validation.analysisExists" }],
  nested: {
    keys: listNames,
    select: { items: { orderBy: { position: "asc" }, select: { kind: true, text: true } } },
    read: (row) => {
      const stored = row.items as { kind: SituationKind; text: string }[];
      return Object.fromEntries(listNames.map((name) => [name, stored.filter((item) => item.kind === lists[name]).map((item) => item.text)]));
    },
    write: async (tx, analysisId, data) => {
      await tx.situationItem.deleteMany({ where: { analysisId } });
      await tx.situationItem.createMany({
        data: listNames.flatMap((name) => data[name].map((text, position) => ({ analysisId, kind: lists[name], position, text }))),
      });
    },
  },
  positioned: false,
  hasStatus: true,
  orderBy: { publicHealthArea: "asc" },
  publicPage: { path: (m, s) => `${paths.situation(m)}#malomrade-${s.publicHealthArea}` },
  form: (options) => [
    { name: "publicHealthArea", label: "admin.content.fields.publicHealthArea", kind: "select", required: true, numeric: true, options: options.publicHealth },
    { name: "heading", label: "admin.content.fields.heading", kind: "text", maxLength: 300, hint: "admin.content.fields.headingHint" },
    documentField(options),
    ...listNames.map((name): FieldSpec => ({
      name,
      label: `situationKind.${lists[name]}`,
      kind: "rows",
      itemLabel: `admin.content.situationItems.${name}.item`,
      addLabel: `admin.content.situationItems.${name}.add`,
      maxLength: 2000,
    })),
  ],
  title: (s, options) => String(s.heading ?? optionText(options.publicHealth, String(s.publicHealthArea)) ?? s.publicHealthArea),
});
