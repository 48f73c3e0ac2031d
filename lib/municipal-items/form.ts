import { db } from "@/lib/db/client";
import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";
import { draftMark } from "@/lib/plan/form-options";
import { noItemOptions, type ItemKind, type ItemOptions } from "./kind";

const f = sv.admin.content.fields;

/** A kind's form: with the hidden id and version to edit an item, or the municipality to create one. */
export function itemFields(kind: ItemKind, options: ItemOptions = noItemOptions, mode: "edit" | "create" = "edit"): FieldSpec[] {
  return [...(mode === "edit" ? hiddenFields("id", "version") : hiddenFields("municipalityId")), ...kind.form(options)];
}

/** The editable address of the kinds that have one. */
export const slugField: FieldSpec = { name: "slug", label: sv.admin.fields.slug, kind: "slug", maxLength: 80, hint: sv.admin.fields.slugHint };

/** The source-document choice several kinds share. */
export const documentField = (options: ItemOptions): FieldSpec => ({
  name: "documentId",
  label: f.document,
  kind: "select",
  options: options.documents,
  numeric: true,
  hint: f.documentHint,
});

/** The content file's codes ("committee") with their Swedish names, for a choice. */
export const codeOptions = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([code, label]) => ({ value: code.toLowerCase(), label }));

/** Choices for the item forms of a municipality: its documents (in every status) and the public-health areas. */
export async function itemOptions(municipalityId: number): Promise<ItemOptions> {
  const [documents, health] = await Promise.all([
    db.document.findMany({ where: { municipalityId }, orderBy: { position: "asc" }, select: { id: true, title: true, status: true } }),
    db.publicHealthArea.findMany({ orderBy: { number: "asc" }, select: { number: true, title: true } }),
  ]);
  return {
    documents: documents.map((d) => ({ value: String(d.id), label: `${d.title}${draftMark(d.status)}` })),
    publicHealth: health.map((h) => ({ value: String(h.number), label: `${h.number}. ${h.title}` })),
  };
}
