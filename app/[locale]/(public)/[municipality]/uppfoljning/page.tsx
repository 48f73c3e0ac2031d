import type { Metadata } from "next";
import { getFormatter, getLocale } from "next-intl/server";
import { getMunicipalityName } from "@/lib/municipalities/queries";
import { listPublishedPeriods } from "@/lib/followup/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { withSwedish } from "@/components/Localized";
import { paths } from "@/lib/paths";
import { Link, getPathname } from "@/lib/i18n/navigation";
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
        title: `${t("followUp.report.index")} – ${m.name}`,
        description: t("followUp.report.indexLead"),
        path: paths.followUps(m.slug),
        feed: paths.followUpFeed(m.slug),
      })
    : {};
}

export default async function FollowUpIndexPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [m, periods, t, format, locale] = await Promise.all([
    getMunicipalityName(municipality),
    listPublishedPeriods(municipality),
    getT(),
    getFormatter(),
    getLocale(),
  ]);
  if (!m) return redirectOrNotFound(paths.followUps(municipality));
  return (
    <SubpageFrame municipality={m} title={t("followUp.report.index")} lead={t("followUp.report.indexLead")}>
      {periods.length === 0 ? (
        <p>{t("followUp.report.none")}</p>
      ) : (
        <ul className="space-y-2">
          {periods.map((p) => (
            <li key={p.slug} className="card">
              <Link href={paths.followUpReport(m.slug, p.slug)} className="link font-semibold">
                {withSwedish(t, "followUp.report.title", {}, { period: p.title })}
              </Link>
              {p.publishedAt ? (
                <span className="block text-sm text-slate-700">
                  {t("followUp.report.published", { date: format.dateTime(new Date(p.publishedAt), "date") })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <a href={getPathname({ href: paths.followUpFeed(m.slug), locale })} className="link">
          {t("followUp.report.feed")}
        </a>
      </p>
    </SubpageFrame>
  );
}
