import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { municipalityFields } from "@/lib/municipalities/form";
import { loadMunicipality } from "@/lib/municipalities/record";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { previewMarkdown } from "../../actions";
import { saveMunicipality } from "./actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const metadata: Metadata = { title: sv.admin.content.settings };

/** The municipality's name, introduction and contact text; administrators edit, others read. */
export default async function MunicipalitySettingsPage({ params }: Props) {
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.settings(m));
  const municipality = await loadMunicipality(municipalityId);
  if (!municipality) notFound();

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={sv.admin.content.settings} />
      <PageHeader kicker={grant.municipalityName} title={sv.admin.content.settings}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <Link href={paths.municipality(m)} className="link">
            {sv.admin.publicPage}
          </Link>
          <Link href={adminPaths.history(m, "municipality", municipalityId)} className="link">
            {sv.admin.history}
          </Link>
        </p>
      </PageHeader>
      <RecordForm
        action={saveMunicipality}
        fields={municipalityFields}
        initial={toRawValues(municipalityFields, { ...municipality.snapshot, id: municipalityId, version: municipality.version })}
        submitLabel={sv.admin.saveChanges}
        readOnly={!may("administer")}
        preview={previewMarkdown}
      />
    </>
  );
}
