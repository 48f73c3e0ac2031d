import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin/paths";
import { toRawValues } from "@/lib/admin/fields";
import { statusTransitions } from "@/lib/admin/transitions";
import { actionFields } from "@/lib/actions/form";
import { getActionForEditing } from "@/lib/actions/queries";
import { planOptions } from "@/lib/plan/form-options";
import { isPublicStatus } from "@/lib/documents/visibility";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { StatusForm } from "@/components/admin/StatusForm";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { changeStatus, previewMarkdown } from "../../../actions";
import { saveAction } from "../actions";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const metadata: Metadata = { title: sv.admin.entities.action };

export default async function EditActionPage({ params }: Props) {
  const { municipality: m, id } = await params;
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.action(m, Number(id)));
  const action = await getActionForEditing(municipalityId, Number(id));
  if (!action) notFound();
  const { document: doc, area, snapshot } = action;
  const fields = actionFields(await planOptions(municipalityId, doc.id), { area: doc.areaLabel, goals: sv.admin.fields.goals });
  const label = numbered(doc.actionLabel, [area.number, snapshot.number].filter(Boolean).join("."));
  const isPublic = action.status === "PUBLISHED" && isPublicStatus(doc.status);

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[{ href: adminPaths.document(m, doc.id), label: doc.title }]} current={label} />
      <PageHeader kicker={`${label} · ${numbered(doc.areaLabel, area.number)}: ${area.title}`} title={snapshot.title}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <StatusBadge status={action.status} />
          {isPublic ? (
            <Link href={paths.action(m, doc.slug, snapshot.slug)} className="link">
              {sv.admin.publicPage}
            </Link>
          ) : (
            <Link href={adminPaths.preview(m, "action", action.entity.id)} className="link">
              {sv.admin.preview}
            </Link>
          )}
          <Link href={adminPaths.history(m, "action", action.entity.id)} className="link">
            {sv.admin.history}
          </Link>
        </p>
      </PageHeader>
      {may("publish", action.areaId) ? (
        <div className="mb-8">
          <StatusForm action={changeStatus} record={{ type: "action", id: action.entity.id, version: action.version }} transitions={statusTransitions(action.status)} />
        </div>
      ) : null}
      <RecordForm
        action={saveAction}
        fields={fields}
        initial={toRawValues(fields, { ...snapshot, id: action.entity.id, version: action.version })}
        submitLabel={sv.admin.saveChanges}
        readOnly={!may("edit", action.areaId)}
        preview={previewMarkdown}
      />
    </>
  );
}
