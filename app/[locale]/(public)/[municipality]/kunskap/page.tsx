import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getKnowledgePages } from "@/lib/knowledge/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, t, locale] = await Promise.all([getKnowledgePages((await routeParams(params)).municipality), getT(), getLocale()]);
  return data ? pageMetadata(t, locale, { title: `${t("pages.knowledge")} – ${data.municipality.name}`, path: paths.knowledge(data.municipality.slug) }) : {};
}

export default async function KnowledgePage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [data, t] = await Promise.all([getKnowledgePages(municipality), getT()]);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.knowledge(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={t("pages.knowledge")}>
      <ul className="space-y-4">
        {data.items.map((k) => (
          <li key={k.slug} className="card">
            {/* Knowledge pages are the municipality's own text, in Swedish only (they have no translations). */}
            <h2 className="mt-0 text-xl" lang="sv">
              <Link href={paths.knowledgePage(data.municipality.slug, k.slug)} className="link">
                {k.title}
              </Link>
            </h2>
            <p lang="sv">{k.summary}</p>
          </li>
        ))}
      </ul>
    </SubpageFrame>
  );
}
