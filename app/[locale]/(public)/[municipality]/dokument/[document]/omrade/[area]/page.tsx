import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getArea } from "@/lib/areas/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { AreaView } from "@/components/views/AreaView";
import { paths } from "@/lib/paths";
import { getAreaProgress } from "@/lib/followup/queries";
import { getFollowUpSchedule } from "@/lib/followup/schedule";
import { getT } from "@/lib/i18n/server";
import { levelLabelsIn } from "@/lib/labels";
import { localized } from "@/lib/i18n/localized";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; document: string; area: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, area } = await routeParams(params);
  const [a, t, locale] = await Promise.all([getArea(municipality, document, area), getT(), getLocale()]);
  if (!a) return {};
  const documentTitle = localized(a.document, "title", locale).text;
  return pageMetadata(t, locale, {
    title: `${localized(a, "title", locale).text} – ${documentTitle}`,
    description:
      localized(a, "subtitle", locale).text ??
      t("publicPages.areaDescription", { label: levelLabelsIn(t, locale, a.document).areaLabel, document: documentTitle }),
    path: paths.area(municipality, document, a.slug),
    type: "article",
  });
}

export default async function AreaPage({ params }: Props) {
  const { municipality, document, area } = await routeParams(params);
  const [a, progress, schedule] = await Promise.all([
    getArea(municipality, document, area),
    getAreaProgress(municipality, document, area),
    getFollowUpSchedule(municipality, document),
  ]);
  if (!a) return redirectOrNotFound(paths.area(municipality, document, area));
  return <AreaView area={a} progress={progress} schedule={schedule} />;
}
