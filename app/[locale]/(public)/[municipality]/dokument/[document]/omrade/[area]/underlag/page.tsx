import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getArea } from "@/lib/areas/queries";
import { getAreaProgress } from "@/lib/followup/queries";
import { AreaBrief } from "@/components/followup/Briefs";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";
import { paths } from "@/lib/paths";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; document: string; area: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, area } = await routeParams(params);
  const [a, t, locale] = await Promise.all([getArea(municipality, document, area), getT(), getLocale()]);
  if (!a) return {};
  const metadata = pageMetadata(t, locale, {
    title: t("publicPages.briefTitle", { item: numbered(levelLabelsIn(t, locale, a.document).areaLabel, a.number) }),
    description: `${localized(a, "title", locale).text} – ${localized(a.document, "title", locale).text}`,
    path: paths.areaBrief(municipality, document, a.slug),
  });
  return { ...metadata, robots: { index: false } };
}

export default async function AreaBriefPage({ params }: Props) {
  const { municipality, document, area } = await routeParams(params);
  const [a, progress] = await Promise.all([getArea(municipality, document, area), getAreaProgress(municipality, document, area)]);
  if (!a) notFound();
  return <AreaBrief area={a} progress={progress} />;
}
