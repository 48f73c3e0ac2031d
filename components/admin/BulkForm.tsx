import type { ComponentProps } from "react";
import { shownFields, type FieldSpec } from "@/lib/admin/fields";
import { useT } from "@/lib/i18n/use-t";
import { BulkFormView } from "./BulkFormView";

type Props = Omit<ComponentProps<typeof BulkFormView>, "columns"> & { columns: readonly FieldSpec[] };

/** A table of records edited in one form, its columns' words translated here on the server. */
export function BulkForm({ columns, ...props }: Props) {
  const t = useT();
  return <BulkFormView {...props} columns={shownFields(t, columns)} />;
}
