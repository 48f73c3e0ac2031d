import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getKnowledgePages } from "@/lib/knowledge/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; page: string }> };
export const generateStaticParams = async () => [];

async function load(params: Props["params"]) {
  const { municipality, page } = await routeParams(params);
  const data = await getKnowledgePages(municipality);
  return { municipality, page, data, item: data?.items.find((k) => k.slug === page) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { item, data } = await load(params);
  return item && data
    ? pageMetadata({
        title: `${item.title} – ${data.municipality.name}`,
        description: item.summary,
        path: paths.knowledgePage(data.municipality.slug, item.slug),
        type: "article",
      })
    : {};
}

export default async function KnowledgeArticlePage({ params }: Props) {
  const { municipality, page, data, item } = await load(params);
  if (!data || !item) return redirectOrNotFound(paths.knowledgePage(municipality, page));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.municipality(data.municipality.slug), label: data.municipality.name },
          { href: paths.knowledge(data.municipality.slug), label: sv.pages.knowledge },
        ]}
        current={item.title}
      />
      <PageHeader kicker={sv.pages.knowledge} title={item.title} lead={item.summary} />
      <Markdown source={item.body} />
    </>
  );
}
