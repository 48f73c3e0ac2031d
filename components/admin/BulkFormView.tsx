"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { idleForm, type FormState, type RawValues, type ShownField } from "@/lib/admin/fields";
import { cellName, type BulkRow } from "@/lib/admin/rows";
import { ScrollTable } from "@/components/ScrollTable";
import { useT } from "@/lib/i18n/use-t";
import { ConflictNotice } from "./ConflictNotice";
import { Labelled } from "./Swedish";
import { useUnsavedWarning } from "./useUnsavedWarning";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The form's own hidden fields (the period, or an indicator and its version). */
  hidden: Record<string, string>;
  columns: readonly ShownField[];
  rows: BulkRow[];
  /** Cell values as stored: "rows.<key>.<field>" → text. */
  initial: RawValues;
  caption: string;
  rowHeading: string;
  submitLabel: string;
  pendingLabel: string;
  readOnlyLabel: string;
  conflictLabel: string;
  errorsLabel: string;
};

const cellId = (name: string) => `cell-${name.replace(/\./g, "-")}`;
/** Room for each kind of cell, so a wide table scrolls in its box instead of squeezing its inputs. */
const widths: Partial<Record<ShownField["kind"], string>> = {
  select: "min-w-40",
  integer: "min-w-24",
  decimal: "min-w-28",
  date: "min-w-40",
  text: "min-w-40",
  markdown: "min-w-72",
  textarea: "min-w-72",
};
const inputClass = "w-full rounded border border-slate-400 px-2 py-1 text-sm";

/**
 * A table of records edited in one form, for filling in a whole plan in one sitting: plain inputs in
 * reading order, so Tab moves along a row and on to the next. Every message appears in its cell and in
 * a summary that takes focus; a conflict shows, under its row, what the other person saved. Whatever
 * the user typed stays in the table until it is saved, and leaving with unsaved changes asks first.
 * Rendered through BulkForm, which translates the columns' words.
 */
export function BulkFormView(props: Props) {
  const { action, hidden, columns, rows, initial, caption, rowHeading } = props;
  const t = useT();
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [dirty, setDirty] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [seen, setSeen] = useState(state);
  const summary = useRef<HTMLDivElement>(null);
  if (seen !== state) {
    // A new answer: remount the inputs so they show it (kept values after a failure, stored ones after a save).
    setSeen(state);
    setGeneration((g) => g + 1);
  }
  const failed = state.status === "invalid" || state.status === "conflict" || state.status === "error";
  const conflicts = state.conflicts ?? {};
  const values: RawValues = { ...initial, ...(failed ? state.values : {}) };
  for (const [key, conflict] of Object.entries(conflicts)) values[cellName(key, "version")] = String(conflict.currentVersion);
  const formHidden = failed && state.version && "version" in hidden ? { ...hidden, version: String(state.version) } : hidden;
  const errors = state.fieldErrors ?? {};
  const rowOf = (name: string) => rows.find((r) => name.startsWith(`rows.${r.key}.`));
  const shown = columns.filter((c) => c.kind !== "hidden");

  useEffect(() => {
    // The save button may be far below the summary: bring the outcome into view either way.
    if (failed || state.status === "saved") summary.current?.focus();
    if (state.status === "saved") setDirty(false);
  }, [state, failed]);

  useUnsavedWarning(dirty);

  const submit = (
    <button type="submit" className="btn btn-primary" disabled={pending}>
      {pending ? props.pendingLabel : props.submitLabel}
    </button>
  );

  function input(field: ShownField, row: BulkRow) {
    const name = cellName(row.key, field.name);
    const value = values[name];
    const text = typeof value === "string" ? value : "";
    const messages = errors[name];
    const common = {
      id: cellId(name),
      name,
      defaultValue: text,
      disabled: !row.editable,
      "aria-labelledby": `kolumn-${field.name} rad-${row.key}`,
      "aria-invalid": messages ? true : undefined,
      "aria-describedby": messages ? `${cellId(name)}-fel` : undefined,
      className: inputClass,
    };
    const control =
      field.kind === "select" ? (
        <select {...common}>
          <option value="">–</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.kind === "markdown" || field.kind === "textarea" ? (
        <textarea {...common} rows={2} />
      ) : (
        <input
          {...common}
          type={field.kind === "date" ? "date" : "text"}
          inputMode={field.kind === "integer" ? "numeric" : field.kind === "decimal" ? "decimal" : undefined}
          maxLength={"maxLength" in field ? field.maxLength : undefined}
        />
      );
    return (
      <>
        {control}
        {messages ? (
          <p id={`${cellId(name)}-fel`} className="field-error mt-1 text-sm font-semibold text-rose-800">
            {messages.join(" ")}
          </p>
        ) : null}
      </>
    );
  }

  const errorList = Object.entries(errors).filter(([name]) => name.startsWith("rows."));
  return (
    <form action={formAction} onChange={() => setDirty(true)} noValidate className="space-y-4">
      {Object.entries(formHidden).map(([name, value]) => (
        <input key={`${name}-${generation}`} type="hidden" name={name} value={value} />
      ))}
      <div ref={summary} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.status === "saved" ? (
          <p className="notice-success font-semibold" role="status">
            {state.message}
          </p>
        ) : null}
        {failed ? (
          <div role="alert" className="notice-error">
            <p className="font-semibold">{state.message}</p>
            {errors[""] ? <p>{errors[""].join(" ")}</p> : null}
            {errorList.length > 0 ? (
              <>
                <p className="mt-2">{props.errorsLabel}:</p>
                <ul className="list-disc pl-6">
                  {errorList.map(([name, messages]) => (
                    <li key={name}>
                      <a href={`#${cellId(name)}`} className="link">
                        {t("admin.form.tableCell", { row: rowText(rowOf(name)), column: columns.find((c) => name.endsWith(`.${c.name}`))?.label ?? "" })}:{" "}
                        {messages.join(" ")}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      <p>{submit}</p>
      <ScrollTable label={caption}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 align-bottom">
              <th scope="col" className="min-w-32 py-2 pr-3 sm:min-w-56">
                {rowHeading}
              </th>
              {shown.map((c) => (
                <th key={c.name} id={`kolumn-${c.name}`} scope="col" className={`py-2 pr-3 ${widths[c.kind] ?? ""}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          {rows.map((row) => (
            <tbody key={`${row.key}-${generation}`} className="border-b border-slate-200" data-row={row.key}>
              <tr className="align-top">
                <th id={`rad-${row.key}`} scope="row" className="py-2 pr-3 font-normal">
                  <span className="font-semibold">{row.title ? <Labelled label={row.label} title={row.title} /> : row.label}</span>
                  {row.note ? <span className="block text-xs text-slate-700">{row.note}</span> : null}
                  {row.editable ? null : <span className="block text-xs text-slate-700">{props.readOnlyLabel}</span>}
                  {row.editable ? <input type="hidden" name="rows" value={row.key} /> : null}
                  {columns
                    .filter((c) => c.kind === "hidden")
                    .map((c) => (
                      <input
                        key={c.name}
                        type="hidden"
                        name={cellName(row.key, c.name)}
                        value={String(values[cellName(row.key, c.name)] ?? "")}
                        disabled={!row.editable}
                      />
                    ))}
                </th>
                {shown.map((c) => (
                  <td key={c.name} className="py-2 pr-3">
                    {input(c, row)}
                  </td>
                ))}
              </tr>
              {conflicts[row.key] ? (
                <tr>
                  <td colSpan={shown.length + 1} className="pb-3">
                    <p className="font-semibold text-amber-900">{props.conflictLabel}</p>
                    <ConflictNotice conflict={conflicts[row.key]!} fields={columns} />
                  </td>
                </tr>
              ) : null}
            </tbody>
          ))}
        </table>
      </ScrollTable>
      <p>{submit}</p>
    </form>
  );
}

/** A row as an error line names it: its code label and, where it has one, its title. */
const rowText = (row: { label: string; title?: string } | undefined) => (row ? (row.title ? `${row.label}: ${row.title}` : row.label) : "");
