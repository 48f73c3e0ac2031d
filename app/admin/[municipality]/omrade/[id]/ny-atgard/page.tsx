import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin/paths";
import { toRawValues } from "@/lib/admin/fields";
import { actionFields } from "@/lib/actions/form";
import { planOptions } from "@/lib/plan/form-options";
import { numbered } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { previewMarkdown } from "../../../../actions";
import { addAction } from "../../../atgard/actions";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const metadata: Metadata = { title: sv.admin.newAction };

export default async function NewActionPage({ params }: Props) {
  const { municipality: m, id } = await params;
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newAction(m, Number(id)));
  const area = await db.area.findFirst({
    where: { id: Number(id), document: { municipalityId } },
    select: { id: true, number: true, title: true, document: { select: { id: true, title: true, areaLabel: true, actionLabel: true } }, _count: { select: { actions: true } } },
  });
  if (!area || !may("edit", area.id)) notFound();
  const fields = actionFields(await planOptions(municipalityId, area.document.id), { area: area.document.areaLabel, goals: sv.admin.fields.goals }, false);

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[{ href: adminPaths.document(m, area.document.id), label: area.document.title }]} current={sv.admin.newAction} />
      <PageHeader kicker={`${numbered(area.document.areaLabel, area.number)}: ${area.title}`} title={`${sv.admin.newAction} (${area.document.actionLabel.toLowerCase()})`} />
      <RecordForm
        action={addAction.bind(null, m)}
        fields={fields}
        initial={toRawValues(fields, { areaId: area.id, number: String(area._count.actions + 1) })}
        submitLabel={sv.admin.create}
        preview={previewMarkdown}
      />
    </>
  );
}
