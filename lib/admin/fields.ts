import type { ConflictDetails, FieldErrors } from "@/lib/errors";

/**
 * A form described as data: the same description renders the form (components/admin/RecordForm)
 * and turns the posted FormData back into the input its command validates.
 */
export type Option = { value: string; label: string; group?: string };

type Base = { name: string; label: string; hint?: string; required?: boolean };
export type FieldSpec =
  | (Base & { kind: "hidden" })
  | (Base & { kind: "text" | "textarea" | "markdown" | "slug"; maxLength?: number })
  | (Base & { kind: "date" | "integer" | "decimal" })
  /** One entry per line, posted as a list of strings. */
  | (Base & { kind: "lines" })
  | (Base & { kind: "select"; options: Option[]; numeric?: boolean })
  | (Base & { kind: "checkboxes"; options: Option[]; numeric?: boolean });

/** Field values as the browser posts them, kept to show the form again exactly as the user left it. */
export type RawValues = Record<string, string | string[]>;

export type FormState = {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
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
    fields.map((f) => [f.name, isList(f) ? form.getAll(f.name).map(String) : String(form.get(f.name) ?? "")]),
  );
}

/** A stored record → the strings a form shows. */
export function toRawValues(fields: readonly FieldSpec[], record: Record<string, unknown>): RawValues {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return Object.fromEntries(
    fields.map((f) => {
      const value = record[f.name];
      if (isList(f)) return [f.name, Array.isArray(value) ? value.map(text) : []];
      if (f.kind === "lines") return [f.name, Array.isArray(value) ? value.join("\n") : text(value)];
      return [f.name, text(value)];
    }),
  );
}

/** Posted strings → the input a command validates: empty optional fields are absent, numbers are numbers. */
export function readForm(fields: readonly FieldSpec[], form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const values = rawValues(fields, form);
  for (const f of fields) {
    const value = values[f.name]!;
    if (Array.isArray(value)) {
      input[f.name] = "numeric" in f && f.numeric ? value.map(Number) : value;
    } else if (f.kind === "lines") {
      input[f.name] = value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
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
