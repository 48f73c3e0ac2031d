import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArea } from "@/lib/areas/queries";
import { getAreaProgress } from "@/lib/followup/queries";
import { AreaBrief } from "@/components/followup/Briefs";
import { numbered } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; document: string; area: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, area } = await routeParams(params);
  const a = await getArea(municipality, document, area);
  return a
    ? {
        title: `${sv.followUp.brief.kicker}: ${numbered(a.document.areaLabel, a.number)}`,
        description: `${a.title} – ${a.document.title}`,
        robots: { index: false },
      }
    : {};
}

export default async function AreaBriefPage({ params }: Props) {
  const { municipality, document, area } = await routeParams(params);
  const [a, progress] = await Promise.all([getArea(municipality, document, area), getAreaProgress(municipality, document, area)]);
  if (!a) notFound();
  return <AreaBrief area={a} progress={progress} />;
}
