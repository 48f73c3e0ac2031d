import { sv } from "@/lib/i18n/sv";
import type { FieldSpec } from "./fields";

const present = (value: unknown) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);

function single(value: unknown, field: FieldSpec | undefined): string {
  if (Array.isArray(value)) return value.map((v) => single(v, field)).join(" / ");
  if (value !== null && typeof value === "object") {
    // A row of a repeating field: its filled cells, in the columns' order.
    const row = value as Record<string, unknown>;
    const columns = field?.kind === "rows" ? (field.columns ?? []) : [];
    return columns.length
      ? columns
          .filter((c) => present(row[c.name]))
          .map((c) => single(row[c.name], c))
          .join(", ")
      : JSON.stringify(row);
  }
  if (!field && typeof value === "string" && Object.hasOwn(statusWords, value)) return statusWords[value]!;
  const options = field && "options" in field ? field.options : [];
  return options.find((o) => o.value === String(value))?.label ?? String(value);
}

/** Status codes as the admin names them, for fields with no options of their own (a revision's status change). */
const statusWords: Record<string, string> = { ...sv.documentStatus, OPEN: sv.followUp.periodStatus.OPEN, CANCELLED: sv.admin.cancelledStatus };

/** A stored value in words, for histories and conflict notices: option labels, rows as "Anna, ordförande; Bo", "(tomt)". */
export function displayValue(value: unknown, field: FieldSpec | undefined): string {
  if (value === null || value === undefined || value === "") return "(tomt)";
  if (Array.isArray(value)) return value.length === 0 ? "(inga)" : value.map((v) => single(v, field)).join("; ");
  return single(value, field);
}
