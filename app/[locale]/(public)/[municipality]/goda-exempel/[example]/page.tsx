import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getGoodExamples } from "@/lib/good-examples/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; example: string }> };
export const generateStaticParams = async () => [];

async function load(params: Props["params"]) {
  const { municipality, example } = await routeParams(params);
  const data = await getGoodExamples(municipality);
  const item = data?.items.find((e) => e.slug === example);
  return { municipality, example, data, item };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { item, data } = await load(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return item && data
    ? pageMetadata(t, locale, {
        title: `${item.title} – ${data.municipality.name}`,
        description: item.summary,
        path: paths.goodExample(data.municipality.slug, item.slug),
        type: "article",
      })
    : {};
}

export default async function GoodExamplePage({ params }: Props) {
  // The parameters first: they tell next-intl the language (lib/route-params.ts).
  const { municipality, example, data, item } = await load(params);
  const t = await getT();
  if (!data || !item) return redirectOrNotFound(paths.goodExample(municipality, example));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.municipality(data.municipality.slug), label: data.municipality.name },
          { href: paths.goodExamples(data.municipality.slug), label: t("pages.goodExamples") },
        ]}
        current={<span lang="sv">{item.title}</span>}
      />
      {/* A good example is the municipality's own text, in Swedish only (it has no translations). */}
      <PageHeader
        kicker={t("pages.goodExamples")}
        title={<span lang="sv">{item.title}</span>}
        lead={item.summary ? <span lang="sv">{item.summary}</span> : null}
      />
      {item.people ? (
        <p>
          <span className="font-semibold">{t("words.people")}:</span> <span lang="sv">{item.people}</span>
        </p>
      ) : null}
      {item.body ? <Markdown source={item.body} lang="sv" /> : null}
    </>
  );
}
