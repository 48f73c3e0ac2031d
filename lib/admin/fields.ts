import type { ConflictDetails } from "@/lib/errors";

/**
 * A form described as data: the same description renders the form (components/admin/RecordForm)
 * and turns the posted FormData back into the input its command validates.
 */
export type Option = { value: string; label: string; group?: string };

type Base = { name: string; label: string; hint?: string; required?: boolean };

/** The fields a repeating row may hold (and any form may). */
export type ColumnSpec =
  | (Base & { kind: "text" | "textarea" | "markdown" | "slug"; maxLength?: number })
  | (Base & { kind: "date" | "integer" | "decimal" })
  /** Never shown again after posting. */
  | (Base & { kind: "password" })
  /** One entry per line, posted as a list of strings. */
  | (Base & { kind: "lines" })
  | (Base & { kind: "select"; options: Option[]; numeric?: boolean });

/**
 * A nested list edited with its record (a group's members, a map's processes, a list of strengths):
 * rows are added, removed and moved in the browser and posted as "<name>.<row>.<column>". Without
 * columns each row is one text, posted as "<name>.<row>", and read as a list of strings.
 */
export type RowsSpec = Base & { kind: "rows"; columns?: ColumnSpec[]; itemLabel: string; addLabel: string; maxLength?: number };

export type FieldSpec = ColumnSpec | (Base & { kind: "hidden" }) | (Base & { kind: "checkboxes"; options: Option[]; numeric?: boolean }) | RowsSpec;

/** Fields the form posts back unseen: ids, versions, the record a new part belongs to. */
export const hiddenFields = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, label: "", kind: "hidden" }));

/** Field values as the browser posts them, kept to show the form again exactly as the user left it. */
export type RawValues = { [name: string]: string | string[] | RawValues[] };

export type FormState = {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  message?: string;
  /** Translated, for the reader (lib/admin/run-form.ts). */
  fieldErrors?: Record<string, string[]>;
  values?: RawValues;
  /** The record's version after a save, or the newer version a conflict found. */
  version?: number;
  conflict?: ConflictDetails;
  /** A table's rows that someone else saved meanwhile, by row key (lib/admin/rows.ts). */
  conflicts?: Record<string, ConflictDetails>;
};

export const idleForm: FormState = { status: "idle" };

const isList = (f: FieldSpec) => f.kind === "checkboxes";

export function rawValues(fields: readonly FieldSpec[], form: FormData): RawValues {
  return Object.fromEntries(
    fields.map((f) => [f.name, f.kind === "rows" ? postedRows(f, form) : isList(f) ? form.getAll(f.name).map(String) : String(form.get(f.name) ?? "")]),
  );
}

/** What a form shows again after posting: everything typed, except passwords. */
export const redisplayed = (fields: readonly FieldSpec[], values: RawValues): RawValues =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, fields.find((f) => f.name === name)?.kind === "password" ? "" : value]));

/** A repeating field's rows, in the order of their posted row numbers. */
function postedRows(field: RowsSpec, form: FormData): string[] | RawValues[] {
  const rows = new Map<number, FormData>();
  const prefix = `${field.name}.`;
  for (const [key, value] of form.entries()) {
    const match = key.startsWith(prefix) ? /^(\d+)(?:\.(.+))?$/.exec(key.slice(prefix.length)) : null;
    if (!match) continue;
    const index = Number(match[1]);
    if (!rows.has(index)) rows.set(index, new FormData());
    rows.get(index)!.append(match[2] ?? "", value);
  }
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  const { columns } = field;
  return columns ? ordered.map((row) => rawValues(columns, row)) : ordered.map((row) => String(row.get("") ?? ""));
}

/** A stored record → the strings a form shows. */
export function toRawValues(fields: readonly FieldSpec[], record: Record<string, unknown>): RawValues {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return Object.fromEntries(
    fields.map((f) => {
      const value = record[f.name];
      if (f.kind === "rows") {
        const rows = Array.isArray(value) ? value : [];
        const { columns } = f;
        return [f.name, columns ? rows.map((row: Record<string, unknown>) => toRawValues(columns, row)) : rows.map(text)];
      }
      if (isList(f)) return [f.name, Array.isArray(value) ? value.map(text) : []];
      if (f.kind === "lines") return [f.name, Array.isArray(value) ? value.join("\n") : text(value)];
      return [f.name, text(value)];
    }),
  );
}

/** Posted strings → the input a command validates: empty optional fields are absent, numbers are numbers. */
export function readForm(fields: readonly FieldSpec[], form: FormData): Record<string, unknown> {
  return readValues(fields, rawValues(fields, form));
}

function readValues(fields: readonly FieldSpec[], values: RawValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const value = values[f.name]!;
    if (f.kind === "rows") {
      const { columns } = f;
      input[f.name] = columns ? (value as RawValues[]).map((row) => readValues(columns, row)) : value;
    } else if (Array.isArray(value)) {
      input[f.name] = "numeric" in f && f.numeric ? value.map(Number) : value;
    } else if (f.kind === "lines") {
      input[f.name] = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    } else if (value.trim() === "") {
      // Required text stays "" so the schema answers "Måste fyllas i" on the field; optional fields are absent.
      if (f.required) input[f.name] = "";
    } else if (f.kind === "integer" || f.kind === "decimal" || ("numeric" in f && f.numeric)) {
      input[f.name] = Number(value.replace(",", ".").replace(/\s/g, ""));
    } else {
      input[f.name] = value;
    }
  }
  return input;
}

/**
 * The input a field error belongs to and the words that name it: "members.1.email" →
 * "Personer, person 2: E-postadress"; other nested paths ("goalIds.0") belong to their field.
 */
export function errorPlace(fields: readonly FieldSpec[], key: string): { name: string; label: string } {
  // A field whose own name has dots ("translations.en.title", docs/decisions/132).
  const whole = fields.find((f) => f.name === key);
  if (whole) return { name: key, label: whole.label };
  const [name = "", index, column] = key.split(".");
  const field = fields.find((f) => f.name === name);
  if (field?.kind !== "rows" || index === undefined) return { name, label: field?.label ?? key };
  const row = `${field.label}, ${field.itemLabel.toLowerCase()} ${Number(index) + 1}`;
  const cell = field.columns?.find((c) => c.name === column);
  return cell ? { name: `${name}.${index}.${column}`, label: `${row}: ${cell.label}` } : { name: `${name}.${index}`, label: row };
}
