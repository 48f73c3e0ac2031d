import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { getDocumentTables } from "@/lib/followup/admin-queries";
import { actionFollowUpColumns, goalAssessmentColumns } from "@/lib/followup/form";
import { bulkRows } from "@/lib/followup/table-props";
import { adminPaths } from "@/lib/admin-paths";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Swedish } from "@/components/admin/Swedish";
import { Sentence, slot } from "@/components/Sentence";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { BulkForm } from "@/components/admin/BulkForm";
import { PageHeader } from "@/components/PageHeader";
import { saveActionTable, saveGoalTable } from "../../../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string; table: string; documentId: string }> };

export const generateMetadata = titled("followUp.admin.nav");

/** The two follow-up tables of a document: its actions' status (/atgarder/) and its goals' assessment (/mal/). */
const kinds = {
  atgarder: {
    rows: "actions",
    columns: actionFollowUpColumns,
    save: saveActionTable,
    title: "followUp.admin.bulkActions",
    label: "actionLabel",
    path: adminPaths.periodActions,
  },
  mal: {
    rows: "goals",
    columns: goalAssessmentColumns,
    save: saveGoalTable,
    title: "followUp.admin.bulkGoals",
    label: "goalLabel",
    path: adminPaths.periodGoals,
  },
} as const;

export default async function FollowUpTablePage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id, table: kind, documentId } = await routeParams(params);
  if (!Object.hasOwn(kinds, kind)) notFound();
  const spec = kinds[kind as keyof typeof kinds];
  const { grant, municipalityId, may } = await adminContext(m, spec.path(m, Number(id), Number(documentId)));
  const tables = await getDocumentTables(municipalityId, Number(id), Number(documentId));
  if (!tables) notFound();
  const { period } = tables;
  const doc = levelLabelsIn(t, (await getLocale()) as Locale, tables.document);
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
          { href: adminPaths.followUp(m), label: t("followUp.admin.periods") },
          { href: adminPaths.period(m, period.id), label: period.title, lang: "sv" },
        ]}
        current={<Swedish>{doc.title}</Swedish>}
      />
      <PageHeader
        kicker={<Swedish>{period.title}</Swedish>}
        title={<Sentence sentence={t(spec.title, { doc: slot(0) })} parts={[{ text: doc.title, lang: "sv" }]} />}
        lead={open ? t("followUp.admin.bulkLead") : t("followUp.validation.periodNotOpen")}
      />
      <BulkForm
        action={spec.save}
        hidden={{ periodId: String(period.id) }}
        columns={spec.columns}
        rows={rows}
        initial={initial}
        caption={t(spec.title, { doc: doc.title })}
        rowHeading={doc[spec.label]}
        submitLabel={t("followUp.admin.saveAll")}
        pendingLabel={t("followUp.admin.saving")}
        readOnlyLabel={t("followUp.admin.readOnlyRow")}
        conflictLabel={t("followUp.admin.rowConflict")}
        errorsLabel={t("followUp.admin.rowErrors")}
      />
    </>
  );
}
