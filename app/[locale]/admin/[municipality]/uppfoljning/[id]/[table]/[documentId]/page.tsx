import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { getDocumentTables } from "@/lib/followup/admin-queries";
import { actionFollowUpColumns, goalAssessmentColumns } from "@/lib/followup/form";
import { bulkRows } from "@/lib/followup/table-props";
import { adminPaths } from "@/lib/admin-paths";
import { numbered } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { BulkForm } from "@/components/admin/BulkForm";
import { PageHeader } from "@/components/PageHeader";
import { saveActionTable, saveGoalTable } from "../../../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string; table: string; documentId: string }> };

export const metadata: Metadata = { title: sv.followUp.admin.nav };

const a = sv.followUp.admin;

/** The two follow-up tables of a document: its actions' status (/atgarder/) and its goals' assessment (/mal/). */
const kinds = {
  atgarder: {
    rows: "actions",
    columns: actionFollowUpColumns,
    save: saveActionTable,
    title: a.bulkActions,
    label: "actionLabel",
    path: adminPaths.periodActions,
  },
  mal: { rows: "goals", columns: goalAssessmentColumns, save: saveGoalTable, title: a.bulkGoals, label: "goalLabel", path: adminPaths.periodGoals },
} as const;

export default async function FollowUpTablePage({ params }: Props) {
  const { municipality: m, id, table: kind, documentId } = await routeParams(params);
  if (!Object.hasOwn(kinds, kind)) notFound();
  const spec = kinds[kind as keyof typeof kinds];
  const { grant, municipalityId, may } = await adminContext(m, spec.path(m, Number(id), Number(documentId)));
  const tables = await getDocumentTables(municipalityId, Number(id), Number(documentId));
  if (!tables) notFound();
  const { period, document: doc } = tables;
  const open = period.status === "OPEN";
  const { rows, initial } = bulkRows(
    tables[spec.rows],
    spec.columns,
    (code) => numbered(doc[spec.label], code),
    (areaId) => open && may("edit", areaId),
  );

  return (
    <>
      <AdminTrail
        m={m}
        name={grant.municipalityName}
        trail={[
          { href: adminPaths.followUp(m), label: a.periods },
          { href: adminPaths.period(m, period.id), label: period.title },
        ]}
        current={doc.title}
      />
      <PageHeader kicker={period.title} title={spec.title(doc.title)} lead={open ? a.bulkLead : sv.followUp.validation.periodNotOpen} />
      <BulkForm
        action={spec.save}
        hidden={{ periodId: String(period.id) }}
        columns={spec.columns}
        rows={rows}
        initial={initial}
        caption={spec.title(doc.title)}
        rowHeading={doc[spec.label]}
        submitLabel={a.saveAll}
        pendingLabel={a.saving}
        readOnlyLabel={a.readOnlyRow}
        conflictLabel={a.rowConflict}
        errorsLabel={a.rowErrors}
      />
    </>
  );
}
