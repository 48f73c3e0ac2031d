import type { MessageKey, Translate } from "@/lib/i18n/message";
import type { ShownField } from "./fields";

const present = (value: unknown) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);

/** Status codes as the admin names them, for fields with no options of their own (a revision's status change). */
const statusWords: Record<string, MessageKey> = {
  DRAFT: "documentStatus.DRAFT",
  PUBLISHED: "documentStatus.PUBLISHED",
  REPLACED: "documentStatus.REPLACED",
  ARCHIVED: "documentStatus.ARCHIVED",
  OPEN: "followUp.periodStatus.OPEN",
  CANCELLED: "admin.cancelledStatus",
};

function single(t: Translate, value: unknown, field: ShownField | undefined): string {
  if (Array.isArray(value)) return value.map((v) => single(t, v, field)).join(" / ");
  if (value !== null && typeof value === "object") {
    // A row of a repeating field: its filled cells, in the columns' order.
    const row = value as Record<string, unknown>;
    const columns = field?.kind === "rows" ? (field.columns ?? []) : [];
    return columns.length
      ? columns
          .filter((c) => present(row[c.name]))
          .map((c) => single(t, row[c.name], c))
          .join(", ")
      : JSON.stringify(row);
  }
  if (!field && typeof value === "string" && Object.hasOwn(statusWords, value)) return t(statusWords[value]!);
  const options = field && "options" in field ? field.options : [];
  return options.find((o) => o.value === String(value))?.label ?? String(value);
}

/** A stored value in words, for histories and conflict notices: option labels, rows as "Anna, ordförande; Bo", "(tomt)". */
export function displayValue(t: Translate, value: unknown, field: ShownField | undefined): string {
  if (value === null || value === undefined || value === "") return t("admin.form.empty");
  if (Array.isArray(value)) return value.length === 0 ? t("admin.form.none") : value.map((v) => single(t, v, field)).join("; ");
  return single(t, value, field);
}

/** "fi" for "translations.fi.title": a translation field's language (docs/decisions/132). */
export const translationLang = (name: string) => /^translations\.(fi|en)\./.exec(name)?.[1];

const freeText = new Set<ShownField["kind"]>(["text", "textarea", "markdown", "lines", "slug"]);

/**
 * The language a stored value is written in, to mark it on a page of another language (WCAG 3.1.2): a
 * translation field's own; Swedish for the municipality's free text and for choices labelled with its
 * Swedish titles; none for the interface's words ("(tomt)", option names), numbers, dates and names.
 */
export function valueLang(field: ShownField | undefined, value: unknown): string | undefined {
  if (!field || !present(value)) return undefined;
  const translated = translationLang(field.name);
  if (translated) return translated;
  if (freeText.has(field.kind)) return "sv";
  if (!("options" in field)) return undefined;
  const chosen = (Array.isArray(value) ? value : [value]).map((v) => field.options.find((o) => o.value === String(v)));
  return chosen.every((o) => o?.lang === "sv") ? "sv" : undefined;
}
