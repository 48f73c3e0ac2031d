import type { ComponentProps, ReactNode } from "react";
import type { Crumb } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import type { FieldSpec, FormState, RawValues } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { statusTransitions } from "@/lib/admin/transitions";
import type { EntityType } from "@/lib/revisions/entities";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { AdminTrail } from "./AdminTrail";
import { RecordForm } from "./RecordForm";
import { StatusForm } from "./StatusForm";
import { Swedish } from "./Swedish";

type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

type Props = {
  m: string;
  municipalityName: string;
  trail: Crumb[];
  label: ReactNode;
  kicker: ReactNode;
  /** The record's Swedish title (marked as Swedish here). */
  title: string;
  record: { type: EntityType; id: number; version: number; status: ComponentProps<typeof StatusBadge>["status"] };
  /** The public page while the record is public; otherwise the preview, where the kind has one. */
  publicHref: string | null;
  previewable: boolean;
  may: { edit: boolean; publish: boolean };
  form: { action: FormAction; fields: FieldSpec[]; initial: RawValues };
  actions: { status: FormAction; preview: (markdown: string) => Promise<string> };
  children?: ReactNode;
};

/** The page every editable record gets: where it is, its status and links, status changes, its parts, and its form. */
export function RecordEditor({ m, municipalityName, trail, label, kicker, title, record, publicHref, previewable, may, form, actions, children }: Props) {
  const t = useT();
  return (
    <>
      <AdminTrail m={m} name={municipalityName} trail={trail} current={label} />
      <PageHeader kicker={kicker} title={<Swedish>{title}</Swedish>}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <StatusBadge status={record.status} />
          {publicHref ? (
            <Link href={publicHref} className="link">
              {t("admin.publicPage")}
            </Link>
          ) : previewable ? (
            <Link href={adminPaths.preview(m, record.type, record.id)} className="link">
              {t("admin.preview")}
            </Link>
          ) : null}
          <Link href={adminPaths.history(m, record.type, record.id)} className="link">
            {t("admin.history")}
          </Link>
        </p>
      </PageHeader>
      {may.publish ? (
        <div className="mb-8">
          <StatusForm action={actions.status} record={record} title={title} transitions={statusTransitions(record.status)} />
        </div>
      ) : null}
      {/* A record's parts (a document's areas, an area's goals) come first: moving through them is the common task. */}
      {children}
      <section aria-labelledby={children ? "uppgifter" : undefined}>
        {children ? <h2 id="uppgifter">{t("admin.recordDetails")}</h2> : null}
        <RecordForm
          action={form.action}
          fields={form.fields}
          initial={form.initial}
          submitLabel={t("admin.saveChanges")}
          readOnly={!may.edit}
          preview={actions.preview}
        />
      </section>
    </>
  );
}
