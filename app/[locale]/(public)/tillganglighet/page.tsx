import { routeParams, type LocaleProps } from "@/lib/route-params";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { pageMetadata } from "@/lib/metadata";

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await routeParams(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return pageMetadata(t, locale, {
    title: t("pages.accessibility"),
    description: t("accessibility.description", { site: t("site.name") }),
    path: paths.accessibility(),
  });
}

// Update both dates whenever the site is assessed again.
const ASSESSED_ON = "2026-11-22";
const UPDATED_ON = "2026-11-22";
const DIGG_COMPLAINT_FORM =
  "https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet";
const gaps = ["images", "assistiveTechnology", "plainLanguage"] as const;

export default async function AccessibilityStatementPage({ params }: LocaleProps) {
  await routeParams(params);
  const [municipalities, t, a, format] = await Promise.all([listMunicipalities(), getT(), getTranslations("accessibility"), getFormatter()]);
  const site = t("site.name");
  const time = (iso: string) => (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>;
  const date = (iso: string) => format.dateTime(new Date(iso), "date");
  return (
    <>
      <Breadcrumbs trail={[]} current={t("pages.accessibility")} />
      <PageHeader title={a("title", { site })} />
      <div className="prose">
        <p>{a("intro", { site })}</p>

        <h2>{a("complianceHeading")}</h2>
        <p>{a.rich("compliance", { strong: (chunks) => <strong>{chunks}</strong> })}</p>

        <h2>{a("gapsHeading")}</h2>
        <p>{a("gapsIntro")}</p>
        <ul>
          {gaps.map((gap) => (
            <li key={gap}>{a(`gaps.${gap}`)}</li>
          ))}
        </ul>

        <h2>{a("testingHeading")}</h2>
        <p>{a.rich("testing", { date: date(ASSESSED_ON), time: time(ASSESSED_ON) })}</p>
        <p>{a.rich("updated", { date: date(UPDATED_ON), time: time(UPDATED_ON) })}</p>

        <h2>{a("reportHeading")}</h2>
        <p>{a("report")}</p>
        {env.ACCESSIBILITY_CONTACT_EMAIL ? (
          <p>
            {a.rich("email", {
              email: env.ACCESSIBILITY_CONTACT_EMAIL,
              link: (chunks) => <a href={`mailto:${env.ACCESSIBILITY_CONTACT_EMAIL}`}>{chunks}</a>,
            })}
          </p>
        ) : null}
        <p>{a("municipalities")}</p>
        <ul>
          {municipalities.map((m) => (
            <li key={m.slug}>
              <Link href={paths.municipality(m.slug)} lang="sv">
                {m.name}
              </Link>
            </li>
          ))}
        </ul>

        <h2>{a("supervisionHeading")}</h2>
        <p>
          {a.rich("supervision", {
            link: (chunks) => (
              <a href={DIGG_COMPLAINT_FORM} hrefLang="sv">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </>
  );
}
