import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { municipalityFields } from "@/lib/municipalities/form";
import { loadMunicipality } from "@/lib/municipalities/record";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { previewMarkdown } from "../../actions";
import { saveMunicipality } from "./actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("admin.content.settings");

/** The municipality's name, introduction and contact text; administrators edit, others read. */
export default async function MunicipalitySettingsPage({ params }: Props) {
  const t = await getT();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.settings(m));
  const municipality = await loadMunicipality(municipalityId);
  if (!municipality) notFound();

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={t("admin.content.settings")} />
      <PageHeader kicker={grant.municipalityName} title={t("admin.content.settings")}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <Link href={paths.municipality(m)} className="link">
            {t("admin.publicPage")}
          </Link>
          <Link href={adminPaths.history(m, "municipality", municipalityId)} className="link">
            {t("admin.history")}
          </Link>
        </p>
      </PageHeader>
      <RecordForm
        action={saveMunicipality}
        fields={municipalityFields}
        initial={toRawValues(municipalityFields, { ...municipality.snapshot, id: municipalityId, version: municipality.version })}
        submitLabel={t("admin.saveChanges")}
        readOnly={!may("administer")}
        preview={previewMarkdown}
      />
    </>
  );
}
