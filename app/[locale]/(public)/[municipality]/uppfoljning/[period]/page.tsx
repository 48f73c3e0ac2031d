import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFollowUpReport } from "@/lib/followup/report";
import { ReportView } from "@/components/followup/ReportView";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; period: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, period } = await routeParams(params);
  const report = await getFollowUpReport(municipality, period);
  return report ? { title: `${sv.followUp.report.title(report.period.title)} – ${report.municipality.name}`, description: sv.followUp.report.indexLead } : {};
}

export default async function FollowUpReportPage({ params }: Props) {
  const { municipality, period } = await routeParams(params);
  const report = await getFollowUpReport(municipality, period);
  if (!report) notFound();
  return <ReportView report={report} />;
}
