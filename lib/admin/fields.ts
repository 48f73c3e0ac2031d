import type { ConflictDetails } from "@/lib/errors";
import type { MessageKey, Translate } from "@/lib/i18n/message";

/**
 * A form described as data: the same description renders the form (components/admin/RecordForm)
 * and turns the posted FormData back into the input its command validates.
 *
 * Its words (`label`, `hint`, option labels, a repeating field's `itemLabel` and `addLabel`) are
 * `Label`s: a catalogue key, translated where the form is rendered (`shownFields`), or `{ text }` for
 * words that are data and stay as they are in every language: an area's or a document's own name, a
 * document's own name for its levels, a person. `FieldSpec<string>` is the same form with its words
 * translated, as the browser gets it.
 */
export type Label = MessageKey | { text: string };

/**
 * `group` is data (the document a goal belongs to), never translated. `lang: "sv"` marks a label that is
 * the municipality's Swedish text (an area's title), so a Finnish or English page says so (WCAG 3.1.2).
 */
export type Option<L = Label> = { value: string; label: L; group?: string; lang?: "sv" };

type Base<L> = { name: string; label: L; hint?: L; required?: boolean };

/** The fields a repeating row may hold (and any form may). */
export type ColumnSpec<L = Label> =
  | (Base<L> & { kind: "text" | "textarea" | "markdown" | "slug"; maxLength?: number })
  | (Base<L> & { kind: "date" | "integer" | "decimal" })
  /** Never shown again after posting. */
  | (Base<L> & { kind: "password" })
  /** One entry per line, posted as a list of strings. */
  | (Base<L> & { kind: "lines" })
  | (Base<L> & { kind: "select"; options: Option<L>[]; numeric?: boolean });

/**
 * A nested list edited with its record (a group's members, a map's processes, a list of strengths):
 * rows are added, removed and moved in the browser and posted as "<name>.<row>.<column>". Without
 * columns each row is one text, posted as "<name>.<row>", and read as a list of strings.
 */
export type RowsSpec<L = Label> = Base<L> & { kind: "rows"; columns?: ColumnSpec<L>[]; itemLabel: L; addLabel: L; maxLength?: number };

export type FieldSpec<L = Label> =
  ColumnSpec<L> | (Base<L> & { kind: "hidden" }) | (Base<L> & { kind: "checkboxes"; options: Option<L>[]; numeric?: boolean }) | RowsSpec<L>;

/** A form's fields with their words in the reader's language, as the browser gets them. */
export type ShownField = FieldSpec<string>;
export type ShownColumn = ColumnSpec<string>;
export type ShownRows = RowsSpec<string>;

/** Fields with any words: reading a posted form needs only names and kinds. */
type AnyField = FieldSpec<unknown>;

export const labelText = (t: Translate, label: Label): string => (typeof label === "string" ? t(label) : label.text);

/** The form's words in the reader's language (the page renders the form with these). */
export function shownFields(t: Translate, fields: readonly FieldSpec[]): ShownField[] {
  return fields.map((f) => shownField(t, f));
}

function shownField(t: Translate, field: ColumnSpec): ShownColumn;
function shownField(t: Translate, field: FieldSpec): ShownField;
function shownField(t: Translate, field: FieldSpec): ShownField {
  const words = { label: labelText(t, field.label), hint: field.hint === undefined ? undefined : labelText(t, field.hint) };
  if (field.kind === "rows")
    return {
      ...field,
      ...words,
      itemLabel: labelText(t, field.itemLabel),
      addLabel: labelText(t, field.addLabel),
      columns: field.columns?.map((c) => shownField(t, c)),
    };
  if (field.kind === "select" || field.kind === "checkboxes")
    return { ...field, ...words, options: field.options.map((o) => ({ ...o, label: labelText(t, o.label) })) };
  return { ...field, ...words };
}

/** Fields the form posts back unseen: ids, versions, the record a new part belongs to. */
export const hiddenFields = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, label: { text: "" }, kind: "hidden" }));

/** Field values as the browser posts them, kept to show the form again exactly as the user left it. */
export type RawValues = { [name: string]: string | string[] | RawValues[] };

/** A form's errors by field, translated for the reader (lib/admin/run-form.ts). */
export type ShownErrors = Record<string, string[]>;

export type FormState = {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  message?: string;
  fieldErrors?: ShownErrors;
  values?: RawValues;
  /** The record's version after a save, or the newer version a conflict found. */
  version?: number;
  conflict?: ConflictDetails;
  /** A table's rows that someone else saved meanwhile, by row key (lib/admin/rows.ts). */
  conflicts?: Record<string, ConflictDetails>;
};

export const idleForm: FormState = { status: "idle" };

const isList = (f: AnyField) => f.kind === "checkboxes";

export function rawValues(fields: readonly AnyField[], form: FormData): RawValues {
  return Object.fromEntries(
    fields.map((f) => [f.name, f.kind === "rows" ? postedRows(f, form) : isList(f) ? form.getAll(f.name).map(String) : String(form.get(f.name) ?? "")]),
  );
}

/** What a form shows again after posting: everything typed, except passwords. */
export const redisplayed = (fields: readonly AnyField[], values: RawValues): RawValues =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, fields.find((f) => f.name === name)?.kind === "password" ? "" : value]));

/** A repeating field's rows, in the order of their posted row numbers. */
function postedRows(field: RowsSpec<unknown>, form: FormData): string[] | RawValues[] {
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
export function toRawValues(fields: readonly AnyField[], record: Record<string, unknown>): RawValues {
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
export function readForm(fields: readonly AnyField[], form: FormData): Record<string, unknown> {
  return readValues(fields, rawValues(fields, form));
}

function readValues(fields: readonly AnyField[], values: RawValues): Record<string, unknown> {
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
      // Required text stays "" so the schema says on the field that it is required; optional fields are absent.
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
export function errorPlace(t: Translate, fields: readonly ShownField[], key: string, locale: string): { name: string; label: string } {
  // A field whose own name has dots ("translations.en.title", docs/decisions/132).
  const whole = fields.find((f) => f.name === key);
  if (whole) return { name: key, label: whole.label };
  const [name = "", index, column] = key.split(".");
  const field = fields.find((f) => f.name === name);
  if (field?.kind !== "rows" || index === undefined) return { name, label: field?.label ?? key };
  const row = t("admin.form.rowPlace", { field: field.label, item: field.itemLabel.toLocaleLowerCase(locale), n: Number(index) + 1 });
  const cell = field.columns?.find((c) => c.name === column);
  return cell ? { name: `${name}.${index}.${column}`, label: t("admin.form.cellPlace", { row, cell: cell.label }) } : { name: `${name}.${index}`, label: row };
}
