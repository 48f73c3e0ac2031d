import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getKnowledgePages } from "@/lib/knowledge/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; page: string }> };
export const generateStaticParams = async () => [];

async function load(params: Props["params"]) {
  const { municipality, page } = await routeParams(params);
  const data = await getKnowledgePages(municipality);
  return { municipality, page, data, item: data?.items.find((k) => k.slug === page) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { item, data } = await load(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return item && data
    ? pageMetadata(t, locale, {
        title: `${item.title} – ${data.municipality.name}`,
        description: item.summary,
        path: paths.knowledgePage(data.municipality.slug, item.slug),
        type: "article",
      })
    : {};
}

export default async function KnowledgeArticlePage({ params }: Props) {
  // The parameters first: they tell next-intl the language (lib/route-params.ts).
  const { municipality, page, data, item } = await load(params);
  const t = await getT();
  if (!data || !item) return redirectOrNotFound(paths.knowledgePage(municipality, page));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.municipality(data.municipality.slug), label: data.municipality.name },
          { href: paths.knowledge(data.municipality.slug), label: t("pages.knowledge") },
        ]}
        current={<span lang="sv">{item.title}</span>}
      />
      {/* A knowledge page is the municipality's own text, in Swedish only (it has no translations). */}
      <PageHeader
        kicker={t("pages.knowledge")}
        title={<span lang="sv">{item.title}</span>}
        lead={item.summary ? <span lang="sv">{item.summary}</span> : null}
      />
      <Markdown source={item.body} lang="sv" />
    </>
  );
}
