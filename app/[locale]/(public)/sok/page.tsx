import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { parseSearchParams } from "@/lib/search/schema";
import { searchScope } from "@/lib/search/options";
import { searchPublished } from "@/lib/search/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { translateMessage } from "@/lib/i18n/message";
import { pageMetadata } from "@/lib/metadata";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { values } = parseSearchParams(await searchParams);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const title = values.q ? `${t("search.title")}: ${values.q}` : t("search.title");
  // Result pages are for people; crawlers find every item through the sitemap instead.
  return { ...pageMetadata(t, locale, { title, description: t("search.start"), path: paths.search() }), robots: { index: false, follow: true } };
}

// Rendered for every request (it depends on the query string); the form's choices come from cached queries.
export default async function SearchPage({ searchParams }: Props) {
  const { values, problems } = parseSearchParams(await searchParams);
  const [{ params, options }, t, locale] = await Promise.all([searchScope(values), getT(), getLocale()]);
  const result = await searchPublished(params, locale);
  return (
    <>
      <Breadcrumbs trail={[]} current={t("search.title")} />
      <PageHeader title={t("search.heading")} />
      {problems.length > 0 ? (
        <div role="alert" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
          <p className="font-semibold">{t("search.problems")}</p>
          <ul className="list-disc pl-6">
            {problems.map((p) => (
              <li key={p.param}>{translateMessage(t, p.message)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SearchForm values={params} options={options} />
      <SearchResults result={result} params={params} options={options} />
    </>
  );
}
