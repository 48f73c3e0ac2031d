import { routeParams, type LocaleProps } from "@/lib/route-params";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getNationalCoverage } from "@/lib/coverage/queries";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { CoverageMatrix } from "@/components/CoverageMatrix";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { pageMetadata } from "@/lib/metadata";

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await routeParams(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return pageMetadata(t, locale, { title: t("coverage.title"), description: t("coverage.lead"), path: paths.coverage() });
}

export default async function CoveragePage({ params }: LocaleProps) {
  await routeParams(params);
  const [rows, goals, t] = await Promise.all([getNationalCoverage(), listAgendaGoals(), getT()]);
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.agenda2030(), label: t("pages.agenda2030") }]} current={t("coverage.title")} />
      <PageHeader title={t("coverage.title")} lead={t("coverage.lead")} />
      <CoverageMatrix rows={rows} goals={goals} rowHeading={t("coverage.rows")} />
    </>
  );
}
