import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getFollowUpReport } from "@/lib/followup/report";
import { ReportView } from "@/components/followup/ReportView";
import { getT } from "@/lib/i18n/server";
import { paths } from "@/lib/paths";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; period: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, period } = await routeParams(params);
  const [report, t, locale] = await Promise.all([getFollowUpReport(municipality, period), getT(), getLocale()]);
  return report
    ? pageMetadata(t, locale, {
        title: `${t("followUp.report.title", { period: report.period.title })} – ${report.municipality.name}`,
        description: t("followUp.report.indexLead"),
        path: paths.followUpReport(report.municipality.slug, report.period.slug),
      })
    : {};
}

export default async function FollowUpReportPage({ params }: Props) {
  const { municipality, period } = await routeParams(params);
  const report = await getFollowUpReport(municipality, period);
  if (!report) notFound();
  return <ReportView report={report} />;
}
