import { InputField, type FieldProps } from "./InputField";
import { RowsField } from "./RowsField";

export { fieldId } from "./InputField";

/** One field of a form: a repeating list of rows, or a single input. */
export function FormField(props: FieldProps) {
  const { field, values, allErrors = {}, preview, onEdit, idPrefix } = props;
  if (field.kind !== "rows") return <InputField {...props} field={field} />;
  const value = values[field.name];
  return <RowsField field={field} initial={Array.isArray(value) ? value : []} errors={allErrors} preview={preview} onEdit={onEdit} idPrefix={idPrefix} />;
}
