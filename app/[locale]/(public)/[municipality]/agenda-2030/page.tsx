import type { Metadata } from "next";
import { getMunicipalityName } from "@/lib/municipalities/queries";
import { getMunicipalityCoverage } from "@/lib/coverage/queries";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality } = await routeParams(params);
  const m = await getMunicipalityName(municipality);
  return m
    ? pageMetadata({ title: sv.coverage.municipalityTitle(m.name), description: sv.coverage.municipalityLead, path: paths.municipalityCoverage(m.slug) })
    : {};
}

export default async function MunicipalityCoveragePage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const m = await getMunicipalityName(municipality);
  if (!m) return redirectOrNotFound(paths.municipalityCoverage(municipality));
  const [rows, goals] = await Promise.all([getMunicipalityCoverage(m.slug), listAgendaGoals()]);
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.municipality(m.slug), label: m.name }]} current={sv.coverage.municipalityLink} />
      <PageHeader title={sv.coverage.municipalityTitle(m.name)} lead={sv.coverage.municipalityLead} />
      <CoverageMatrix rows={rows} goals={goals} rowHeading={sv.coverage.documentRows} />
    </>
  );
}
