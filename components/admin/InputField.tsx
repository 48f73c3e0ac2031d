import type { RawValues, ShownErrors, ShownField, ShownRows } from "@/lib/admin/fields";
import { translationLang } from "@/lib/admin/display";
import { useT } from "@/lib/i18n/use-t";
import { MarkdownInput } from "./MarkdownInput";

export type FieldProps = {
  field: ShownField;
  values: RawValues;
  errors?: string[];
  preview?: (markdown: string) => Promise<string>;
  /** Unique per form: a page may hold several forms with the same fields. */
  idPrefix: string;
  /** Every error of the form, for a repeating field's cells ("members.1.email"). */
  allErrors?: ShownErrors;
  /** Called when a repeating field's rows are added, removed or moved (typing is a change event of the form). */
  onEdit?: () => void;
};

const inputClass = "input w-full";
export const fieldId = (prefix: string, name: string) => `${prefix}-${name.replaceAll(".", "-")}`;

/** One input with its label, hint and error message, wired together for screen readers (a repeating field is `RowsField`). */
export function InputField({ field, values, errors, preview, idPrefix }: Omit<FieldProps, "field"> & { field: Exclude<ShownField, ShownRows> }) {
  const t = useT();
  const id = fieldId(idPrefix, field.name);
  const value = values[field.name];
  const text = typeof value === "string" ? value : "";
  const describedBy = [field.hint ? `${id}-hint` : null, errors?.length ? `${id}-fel` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    "aria-describedby": describedBy,
    "aria-invalid": errors?.length ? true : undefined,
    required: field.required,
    // The text's language (spelling, screen readers): a translation's own; a text area holds the municipality's Swedish.
    lang: translationLang(field.name) ?? (field.kind === "textarea" || field.kind === "markdown" ? "sv" : undefined),
  };

  if (field.kind === "hidden") return <input type="hidden" name={field.name} value={text} />;

  const help = (
    <>
      {field.hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {field.hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-fel`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );

  if (field.kind === "checkboxes") {
    const checked = new Set<unknown>(Array.isArray(value) ? value : []);
    const groups = [...new Set(field.options.map((o) => o.group ?? ""))];
    return (
      <fieldset id={id} className="field" aria-describedby={describedBy}>
        <legend className="label">{field.label}</legend>
        {help}
        <div className="max-h-80 overflow-y-auto rounded border border-slate-300 p-3">
          {groups.map((group, g) => (
            // A group is a document, named by its Swedish title.
            <div key={group} role={group ? "group" : undefined} aria-labelledby={group ? `${id}-group-${g}` : undefined} className="mb-2">
              {group ? (
                <p id={`${id}-group-${g}`} lang="sv" className="mb-1 text-sm font-semibold text-slate-700">
                  {group}
                </p>
              ) : null}
              {field.options
                .filter((o) => (o.group ?? "") === group)
                .map((o) => (
                  <label key={o.value} className="flex items-start gap-2 py-0.5">
                    <input type="checkbox" name={field.name} value={o.value} defaultChecked={checked.has(o.value)} className="mt-1.5 h-4 w-4" />
                    <span lang={o.lang}>{o.label}</span>
                  </label>
                ))}
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id} className="label">
        {field.label}
        {field.required ? <span className="text-slate-600"> {t("admin.form.required")}</span> : null}
      </label>
      {help}
      {field.kind === "select" ? (
        <select {...common} defaultValue={text} className={inputClass}>
          {field.required ? null : <option value="">–</option>}
          {field.options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.kind === "markdown" ? (
        <MarkdownInput {...common} defaultValue={text} maxLength={field.maxLength} preview={preview} />
      ) : field.kind === "textarea" || field.kind === "lines" ? (
        <textarea
          {...common}
          defaultValue={text}
          rows={field.kind === "lines" ? 6 : 4}
          maxLength={"maxLength" in field ? field.maxLength : undefined}
          className={inputClass}
        />
      ) : (
        <input
          {...common}
          defaultValue={text}
          type={field.kind === "date" ? "date" : field.kind === "password" ? "password" : "text"}
          autoComplete={field.kind === "password" ? "new-password" : undefined}
          inputMode={field.kind === "integer" ? "numeric" : field.kind === "decimal" ? "decimal" : undefined}
          maxLength={"maxLength" in field ? field.maxLength : undefined}
          className={inputClass}
        />
      )}
    </div>
  );
}
