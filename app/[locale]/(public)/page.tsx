import { routeParams, type LocaleProps } from "@/lib/route-params";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { pageMetadata } from "@/lib/metadata";

// The title stays the layout's default (the site's name); the page still needs its addresses in every language.
export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await routeParams(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return pageMetadata(t, locale, { path: paths.home() });
}

export default async function PortalStartPage({ params }: LocaleProps) {
  await routeParams(params);
  const [municipalities, t] = await Promise.all([listMunicipalities(), getT()]);
  return (
    <>
      <PageHeader title={t("site.name")} lead={t("site.tagline")} />
      <h2>{t("pages.municipalities")}</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {municipalities.map((m) => (
          <li key={m.id} className="card">
            <h3 className="mt-0">
              {/* A Swedish name, read the Swedish way ("Exempelkommun" is also a Swedish word). */}
              <Link href={paths.municipality(m.slug)} className="link" lang="sv">
                {m.name}
              </Link>
            </h3>
            <p className="text-slate-700">{t("words.documentsCount", { n: m._count.documents })}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link href={paths.agenda2030()} className="link">
          {t("pages.agenda2030")}
        </Link>
        : {t("pages.agenda2030Intro")}
      </p>
    </>
  );
}
