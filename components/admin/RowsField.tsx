"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale } from "next-intl";
import type { RawValues, ShownColumn, ShownErrors, ShownRows } from "@/lib/admin/fields";
import { useT } from "@/lib/i18n/use-t";
import { InputField, fieldId } from "./InputField";

type Row = { key: string; values: RawValues | string };
type Props = {
  field: ShownRows;
  initial: RawValues[] | string[];
  errors: ShownErrors;
  preview?: (markdown: string) => Promise<string>;
  onEdit?: () => void;
  idPrefix: string;
};

/**
 * A repeating field: each row a group of inputs with buttons to move it up or down and to remove it,
 * and a button that adds a row. Inputs are named by their row's current place, so the posted order is
 * the order on screen. After every change, focus stays on the control that was used (or the nearest
 * one) and a polite live region says what happened, so it works with a keyboard and a screen reader.
 */
export function RowsField({ field, initial, errors, preview, onEdit, idPrefix }: Props) {
  const t = useT();
  const locale = useLocale();
  const uid = useId();
  const counter = useRef(0);
  const newKey = () => `${uid}-${counter.current++}`;
  const [rows, setRows] = useState<Row[]>(() => initial.map((values) => ({ key: newKey(), values })));
  const [announcement, setAnnouncement] = useState("");
  const focusAfter = useRef<string | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (!focusAfter.current) return;
    root.current?.querySelector<HTMLElement>(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [rows]);

  const item = (index: number) => t("admin.rows.item", { item: field.itemLabel, n: index + 1 });
  const columns: ShownColumn[] = field.columns ?? [{ name: "", label: field.itemLabel, kind: "textarea", maxLength: field.maxLength }];
  const empty = (): Row["values"] => (field.columns ? Object.fromEntries(field.columns.map((c) => [c.name, ""])) : "");

  function change(next: Row[], focus: string, message: string) {
    setRows(next);
    focusAfter.current = focus;
    setAnnouncement(message);
    onEdit?.();
  }

  function add() {
    const key = newKey();
    change([...rows, { key, values: empty() }], `[data-row="${key}"] :is(input, textarea, select)`, t("admin.rows.addedItem", { item: item(rows.length) }));
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    change(
      next,
      neighbour ? `[data-row="${neighbour.key}"] [data-action="remove"]` : "[data-action='add']",
      t("admin.rows.removedItem", { item: item(index) }),
    );
  }

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    const next = [...rows];
    [next[index], next[to]] = [next[to]!, next[index]!];
    // At the top or the bottom the pressed button is disabled: focus stays on the row's other one.
    const pressed = by === -1 ? "up" : "down";
    const stuck = by === -1 ? to === 0 : to === rows.length - 1;
    const focus = stuck ? (pressed === "up" ? "down" : "up") : pressed;
    change(next, `[data-row="${rows[index]!.key}"] [data-action="${focus}"]`, t("admin.rows.movedToPlace", { item: item(index), place: to + 1 }));
  }

  // Rows of short inputs (a person's name, role, party…) sit two to a line where there is room.
  const cells = columns.every((c) => c.kind === "text" || c.kind === "select" || c.kind === "integer") ? "grid gap-x-4 sm:grid-cols-2" : "space-y-3";
  const cellName = (index: number, column: string) => [field.name, index, column].filter((part) => part !== "").join(".");
  const listError = errors[field.name];
  const id = fieldId(idPrefix, field.name);
  const describedBy = [field.hint ? `${id}-hint` : null, listError ? `${id}-fel` : null].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset ref={root} id={id} className="field" aria-describedby={describedBy}>
      <legend className="label">{field.label}</legend>
      {field.hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {field.hint}
        </p>
      ) : null}
      {listError ? (
        <p id={`${id}-fel`} className="field-error">
          {listError.join(" ")}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-slate-700">{t("admin.rows.none")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key} data-row={row.key} className="rounded border border-slate-300 p-3">
            <fieldset className="space-y-3">
              <legend className="font-semibold">{item(index)}</legend>
              <div className={cells}>
                {columns.map((column) => {
                  const name = cellName(index, column.name);
                  const value = typeof row.values === "string" ? row.values : (row.values[column.name] ?? "");
                  return (
                    <InputField
                      key={column.name}
                      field={{ ...column, name }}
                      values={{ [name]: value }}
                      errors={errors[name]}
                      preview={preview}
                      idPrefix={idPrefix}
                    />
                  );
                })}
              </div>
              <div className="flex flex-wrap gap-2">
                <button type="button" data-action="up" className="btn btn-secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t("admin.rows.moveUp")}
                  <span className="sr-only"> {item(index).toLocaleLowerCase(locale)}</span>
                </button>
                <button type="button" data-action="down" className="btn btn-secondary" disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                  {t("admin.rows.moveDown")}
                  <span className="sr-only"> {item(index).toLocaleLowerCase(locale)}</span>
                </button>
                <button type="button" data-action="remove" className="btn btn-danger" onClick={() => remove(index)}>
                  {t("admin.rows.remove")}
                  <span className="sr-only"> {item(index).toLocaleLowerCase(locale)}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" data-action="add" className="btn btn-secondary mt-3" onClick={add}>
        {field.addLabel}
      </button>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
