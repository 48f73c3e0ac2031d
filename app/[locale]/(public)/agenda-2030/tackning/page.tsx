import type { Metadata } from "next";
import { getNationalCoverage } from "@/lib/coverage/queries";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export const metadata: Metadata = pageMetadata({ title: sv.coverage.title, description: sv.coverage.lead, path: paths.coverage() });

export default async function CoveragePage() {
  const [rows, goals] = await Promise.all([getNationalCoverage(), listAgendaGoals()]);
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.agenda2030(), label: sv.pages.agenda2030 }]} current={sv.coverage.title} />
      <PageHeader title={sv.coverage.title} lead={sv.coverage.lead} />
      <CoverageMatrix rows={rows} goals={goals} rowHeading={sv.coverage.rows} />
    </>
  );
}
