import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { KoladaImportForm } from "@/components/admin/KoladaImportForm";
import { PageHeader } from "@/components/PageHeader";
import { importFromKolada } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("indicators.admin.import");

export default async function KoladaImportPage({ params }: Props) {
  const t = await getT();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.koladaImport(m));
  if (!may("edit")) notFound();
  return (
    <>
      <AdminTrail
        m={m}
        name={grant.municipalityName}
        trail={[{ href: adminPaths.indicators(m), label: t("indicators.admin.title") }]}
        current={t("indicators.admin.import")}
      />
      <PageHeader kicker={grant.municipalityName} title={t("indicators.admin.import")} lead={t("indicators.admin.importLead")} />
      <KoladaImportForm
        action={importFromKolada.bind(null, municipalityId)}
        labels={{
          file: t("indicators.admin.file"),
          url: t("indicators.admin.url"),
          urlHint: t("indicators.admin.urlHint"),
          run: t("indicators.admin.run"),
          running: t("followUp.admin.saving"),
        }}
      />
    </>
  );
}
