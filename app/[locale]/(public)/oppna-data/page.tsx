import { routeParams, type LocaleProps } from "@/lib/route-params";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { datasets } from "@/lib/open-data/datasets";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await routeParams(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return pageMetadata(t, locale, { title: t("openData.title"), description: t("openData.lead"), path: paths.openData() });
}

export default async function OpenDataPage({ params }: LocaleProps) {
  await routeParams(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  // A pattern for the reader, not a link: "/<kommun>/flode.atom", in the page's language.
  const feedPattern = localePath(locale, paths.feed(`<${t("publicPages.feedPlaceholder")}>`));
  return (
    <>
      <Breadcrumbs trail={[]} current={t("openData.title")} />
      <PageHeader title={t("openData.title")} lead={t("openData.lead")} />
      <p className="max-w-prose">{t("openData.paging")}</p>
      <p className="mt-2">{t("openData.license")}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <a href={paths.openApi()} className="link">
            {t("openData.api")}
          </a>
        </li>
        <li>
          <a href={paths.dcatCatalogue()} className="link">
            {t("openData.catalogue")}
          </a>
        </li>
        <li>
          {t("openData.feeds")}: {feedPattern}
        </li>
      </ul>
      <h2>{t("openData.dataset")}</h2>
      <ul className="space-y-4">
        {datasets.map((d) => (
          <li key={d.name} id={d.name} className="card">
            <h3 className="mt-0">{t(d.title)}</h3>
            <p className="text-slate-700">{t(d.description)}</p>
            <p className="mt-2">
              {t("openData.formats")}:{" "}
              <a href={paths.openDataList(d.name, "json")} className="link">
                JSON
              </a>
              ,{" "}
              <a href={paths.openDataList(d.name, "csv")} className="link">
                CSV
              </a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
