import Link from "next/link";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getKnowledgePages } from "@/lib/knowledge/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getKnowledgePages((await routeParams(params)).municipality);
  return data ? pageMetadata({ title: `${sv.pages.knowledge} – ${data.municipality.name}`, path: paths.knowledge(data.municipality.slug) }) : {};
}

export default async function KnowledgePage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const data = await getKnowledgePages(municipality);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.knowledge(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={sv.pages.knowledge}>
      <ul className="space-y-4">
        {data.items.map((k) => (
          <li key={k.slug} className="card">
            <h2 className="mt-0 text-xl">
              <Link href={paths.knowledgePage(data.municipality.slug, k.slug)} className="link">
                {k.title}
              </Link>
            </h2>
            <p>{k.summary}</p>
          </li>
        ))}
      </ul>
    </SubpageFrame>
  );
}
