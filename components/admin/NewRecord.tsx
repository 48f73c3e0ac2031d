import type { ReactNode } from "react";
import type { Crumb } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import type { FieldSpec, FormState, RawValues } from "@/lib/admin/fields";
import { useT } from "@/lib/i18n/use-t";
import { AdminTrail } from "./AdminTrail";
import { RecordForm } from "./RecordForm";

type Props = {
  m: string;
  municipalityName: string;
  trail: Crumb[];
  kicker?: ReactNode;
  title: string;
  form: { action: (state: FormState, form: FormData) => Promise<FormState>; fields: FieldSpec[]; initial: RawValues };
  preview: (markdown: string) => Promise<string>;
};

/** The page that creates a record: where it will go, and its form (the new record opens for editing after saving). */
export function NewRecord({ m, municipalityName, trail, kicker, title, form, preview }: Props) {
  const t = useT();
  return (
    <>
      <AdminTrail m={m} name={municipalityName} trail={trail} current={title} />
      <PageHeader kicker={kicker} title={title} />
      <RecordForm action={form.action} fields={form.fields} initial={form.initial} submitLabel={t("admin.create")} preview={preview} />
    </>
  );
}
