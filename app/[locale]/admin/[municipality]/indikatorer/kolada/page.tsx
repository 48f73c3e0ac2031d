import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { KoladaImportForm } from "@/components/admin/KoladaImportForm";
import { PageHeader } from "@/components/PageHeader";
import { importFromKolada } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const metadata: Metadata = { title: sv.indicators.admin.import };

export default async function KoladaImportPage({ params }: Props) {
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.koladaImport(m));
  if (!may("edit")) notFound();
  const t = sv.indicators.admin;
  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[{ href: adminPaths.indicators(m), label: t.title }]} current={t.import} />
      <PageHeader kicker={grant.municipalityName} title={t.import} lead={t.importLead} />
      <KoladaImportForm
        action={importFromKolada.bind(null, municipalityId)}
        labels={{ file: t.file, url: t.url, urlHint: t.urlHint, run: t.run, running: sv.followUp.admin.saving }}
      />
    </>
  );
}
