import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { statusTransitions } from "@/lib/admin/transitions";
import { getIndicatorForEditing } from "@/lib/indicators/admin-queries";
import { indicatorFields, valueColumns, valueRows } from "@/lib/indicators/form";
import { planOptions } from "@/lib/plan/form-options";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { BulkForm } from "@/components/admin/BulkForm";
import { RecordForm } from "@/components/admin/RecordForm";
import { Swedish } from "@/components/admin/Swedish";
import { StatusForm } from "@/components/admin/StatusForm";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { changeStatus, previewMarkdown } from "../../../actions";
import { saveIndicator, saveIndicatorValues } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.entities.indicator");

export default async function EditIndicatorPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.indicator(m, Number(id)));
  const indicator = await getIndicatorForEditing(municipalityId, Number(id));
  if (!indicator) notFound();
  const { goals } = await planOptions(t, await getLocale(), municipalityId, 0);
  const fields = indicatorFields(goals);
  const editable = may("edit");
  const values = valueRows(t, indicator.view.rows, editable);

  return (
    <>
      <AdminTrail
        m={m}
        name={grant.municipalityName}
        trail={[{ href: adminPaths.indicators(m), label: t("indicators.admin.title") }]}
        current={<Swedish>{indicator.snapshot.name}</Swedish>}
      />
      <PageHeader kicker={t("admin.entities.indicator")} title={<Swedish>{indicator.snapshot.name}</Swedish>}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <StatusBadge status={indicator.status} />
          <Link href={adminPaths.history(m, "indicator", indicator.entity.id)} className="link">
            {t("admin.history")}
          </Link>
        </p>
      </PageHeader>
      {may("publish") ? (
        <div className="mb-8">
          <StatusForm
            action={changeStatus}
            record={{ type: "indicator", id: indicator.entity.id, version: indicator.version }}
            title={indicator.snapshot.name}
            transitions={statusTransitions(indicator.status)}
          />
        </div>
      ) : null}
      <RecordForm
        action={saveIndicator}
        fields={fields}
        initial={toRawValues(fields, { ...indicator.snapshot, id: indicator.entity.id, version: indicator.version })}
        submitLabel={t("admin.saveChanges")}
        readOnly={!editable}
        preview={previewMarkdown}
      />
      <section aria-labelledby="varden">
        <h2 id="varden">{t("indicators.admin.values")}</h2>
        <p className="mb-4 text-slate-700">{t("indicators.admin.valuesLead")}</p>
        <BulkForm
          action={saveIndicatorValues}
          hidden={{ id: String(indicator.entity.id), version: String(indicator.version) }}
          columns={valueColumns}
          rows={values.rows}
          initial={values.initial}
          caption={t("indicators.admin.values")}
          rowHeading={t("indicators.year")}
          submitLabel={t("admin.saveChanges")}
          pendingLabel={t("followUp.admin.saving")}
          readOnlyLabel={t("followUp.admin.readOnlyRow")}
          conflictLabel={t("followUp.admin.rowConflict")}
          errorsLabel={t("followUp.admin.rowErrors")}
        />
      </section>
    </>
  );
}
