import type { FieldSpec } from "./fields";

/**
 * Tables of records edited in one form (a plan's follow-up, an indicator's values): each row's cells are
 * ordinary fields named "rows.<key>.<field>", the same path a command's zod schema reports errors under,
 * so the form shows every message in its cell. Rows a user may not change are not posted at all.
 */
/** A row of a table form: its key, how it is named, and whether the user may change it (other rows are shown, not posted). */
/** `title`: the row's Swedish title after its label ("Åtgärd 1.1"), marked as Swedish where it is shown. */
export type BulkRow = { key: string; label: string; title?: string; note?: string; editable: boolean };

export const cellName = (key: string, field: string) => `rows.${key}.${field}`;

const ROW_KEY = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_ROWS = 1000;

/** A table form's fields: its own, and the row fields under the key of every row the form posted. */
export function tableFields(formFields: readonly FieldSpec[], rowFields: readonly FieldSpec[], form: FormData): FieldSpec[] {
  const keys = [...new Set(form.getAll("rows").map(String))].filter((key) => ROW_KEY.test(key)).slice(0, MAX_ROWS);
  return [...formFields, ...keys.flatMap((key) => rowFields.map((f) => ({ ...f, name: cellName(key, f.name) })))];
}

/** The flat input `readForm` makes of a table form → `{ ...formFields, rows: { <key>: { <field>: value } } }`. */
export function nestRows(input: Record<string, unknown>): Record<string, unknown> & { rows: Record<string, Record<string, unknown>> } {
  const rows: Record<string, Record<string, unknown>> = {};
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const cell = /^rows\.([^.]+)\.(.+)$/.exec(name);
    if (cell) (rows[cell[1]!] ??= {})[cell[2]!] = value;
    else rest[name] = value;
  }
  return { ...rest, rows };
}
