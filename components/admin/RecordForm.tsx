import type { ComponentProps } from "react";
import { shownFields, type FieldSpec } from "@/lib/admin/fields";
import { useT } from "@/lib/i18n/use-t";
import { RecordFormView } from "./RecordFormView";

type Props = Omit<ComponentProps<typeof RecordFormView>, "fields"> & { fields: readonly FieldSpec[] };

/** Every admin form, its fields' words translated here on the server (lib/admin/fields.ts). */
export function RecordForm({ fields, ...props }: Props) {
  const t = useT();
  return <RecordFormView {...props} fields={shownFields(t, fields)} />;
}
