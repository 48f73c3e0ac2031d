import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getMunicipalityName } from "@/lib/municipalities/queries";
import { getMunicipalityCoverage } from "@/lib/coverage/queries";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality } = await routeParams(params);
  const [m, t, locale] = await Promise.all([getMunicipalityName(municipality), getT(), getLocale()]);
  return m
    ? pageMetadata(t, locale, {
        title: t("coverage.municipalityTitle", { name: m.name }),
        description: t("coverage.municipalityLead"),
        path: paths.municipalityCoverage(m.slug),
      })
    : {};
}

export default async function MunicipalityCoveragePage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [m, t] = await Promise.all([getMunicipalityName(municipality), getT()]);
  if (!m) return redirectOrNotFound(paths.municipalityCoverage(municipality));
  const [rows, goals] = await Promise.all([getMunicipalityCoverage(m.slug), listAgendaGoals()]);
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.municipality(m.slug), label: m.name }]} current={t("coverage.municipalityLink")} />
      <PageHeader title={t("coverage.municipalityTitle", { name: m.name })} lead={t("coverage.municipalityLead")} />
      <CoverageMatrix rows={rows} goals={goals} rowHeading={t("coverage.documentRows")} />
    </>
  );
}
