import { db } from "@/lib/db/client";
import { type FieldSpec, type Option, hiddenFields } from "@/lib/admin/fields";
import type { MessageKey, Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";
import { draftMark } from "@/lib/plan/form-options";
import { noItemOptions, type ItemKind, type ItemOptions } from "./kind";

/** A kind's form: with the hidden id and version to edit an item, or the municipality to create one. */
export function itemFields(kind: ItemKind, options: ItemOptions = noItemOptions, mode: "edit" | "create" = "edit"): FieldSpec[] {
  return [...(mode === "edit" ? hiddenFields("id", "version") : hiddenFields("municipalityId")), ...kind.form(options)];
}

/** The editable address of the kinds that have one. */
export const slugField: FieldSpec = { name: "slug", label: "admin.fields.slug", kind: "slug", maxLength: 80, hint: "admin.fields.slugHint" };

/** The source-document choice several kinds share. */
export const documentField = (options: ItemOptions): FieldSpec => ({
  name: "documentId",
  label: "admin.content.fields.document",
  kind: "select",
  options: options.documents,
  numeric: true,
  hint: "admin.content.fields.documentHint",
});

/** The content file's codes ("committee") for a choice, named by the catalogue's key of each stored code (COMMITTEE). */
export const codeOptions = <Code extends string>(codes: Record<string, Code>, label: (code: Code) => MessageKey): Option[] =>
  Object.values(codes).map((code) => ({ value: code.toLowerCase(), label: label(code) }));

/**
 * Choices for the item forms of a municipality: its documents (in every status) and the public-health
 * areas. Their labels are the records' own titles (data), a document's with its draft mark in the reader's language.
 */
export async function itemOptions(t: Translate, locale: Locale, municipalityId: number): Promise<ItemOptions> {
  const [documents, health] = await Promise.all([
    db.document.findMany({ where: { municipalityId }, orderBy: { position: "asc" }, select: { id: true, title: true, status: true } }),
    db.publicHealthArea.findMany({ orderBy: { number: "asc" }, select: { number: true, title: true } }),
  ]);
  return {
    documents: documents.map((d) => ({ value: String(d.id), label: { text: `${d.title}${draftMark(t, locale, d.status)}` }, lang: "sv" as const })),
    publicHealth: health.map((h) => ({ value: String(h.number), label: { text: `${h.number}. ${h.title}` }, lang: "sv" as const })),
  };
}

/** The words of a choice whose label is data (`{ text }`), as an item's title shows them. */
export const optionText = (options: Option[], value: string): string | undefined => {
  const label: unknown = options.find((o) => o.value === value)?.label;
  return typeof label === "object" && label !== null && "text" in label ? String(label.text) : undefined;
};
