import { getLocale } from "next-intl/server";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { indicatorFields } from "@/lib/indicators/form";
import { planOptions } from "@/lib/plan/form-options";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { previewMarkdown } from "../../../actions";
import { addIndicator } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("indicators.admin.new");

export default async function NewIndicatorPage({ params }: Props) {
  const t = await getT();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newIndicator(m));
  // Goals are the municipality's own, in any document (no document's areas are needed here).
  const { goals } = await planOptions(t, await getLocale(), municipalityId, 0);
  const fields = indicatorFields(goals, false);

  return (
    <>
      <AdminTrail
        m={m}
        name={grant.municipalityName}
        trail={[{ href: adminPaths.indicators(m), label: t("indicators.admin.title") }]}
        current={t("indicators.admin.new")}
      />
      <PageHeader kicker={grant.municipalityName} title={t("indicators.admin.new")} />
      <RecordForm
        action={addIndicator.bind(null, m)}
        fields={fields}
        initial={toRawValues(fields, { municipalityId, valueType: "PERCENT", higherIsBetter: true })}
        submitLabel={t("admin.create")}
        readOnly={!may("edit")}
        preview={previewMarkdown}
      />
    </>
  );
}
