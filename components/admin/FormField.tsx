import { useT } from "@/lib/i18n/use-t";
import { InputField, type FieldProps } from "./InputField";
import { RowsField } from "./RowsField";

export { fieldId } from "./InputField";

/**
 * One field of a form: a repeating list of rows, or a single input. A web address the portal can make from
 * the title waits under "Avancerat"; one that must be chosen (a new municipality's) is shown like any field.
 */
export function FormField(props: FieldProps) {
  const { field, values, allErrors = {}, preview, onEdit, idPrefix } = props;
  const t = useT();
  if (field.kind === "slug" && !field.required)
    return (
      <details className="rounded border border-slate-300 p-3" open={props.errors?.length ? true : undefined}>
        <summary className="cursor-pointer font-semibold">{t("admin.fields.advanced")}</summary>
        <div className="mt-3">
          <InputField {...props} field={field} />
        </div>
      </details>
    );
  if (field.kind !== "rows") return <InputField {...props} field={field} />;
  const value = values[field.name];
  return <RowsField field={field} initial={Array.isArray(value) ? value : []} errors={allErrors} preview={preview} onEdit={onEdit} idPrefix={idPrefix} />;
}
