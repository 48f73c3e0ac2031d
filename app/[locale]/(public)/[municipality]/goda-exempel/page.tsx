import Link from "next/link";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getGoodExamples } from "@/lib/good-examples/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getGoodExamples((await routeParams(params)).municipality);
  return data ? pageMetadata({ title: `${sv.pages.goodExamples} – ${data.municipality.name}`, path: paths.goodExamples(data.municipality.slug) }) : {};
}

export default async function GoodExamplesPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const data = await getGoodExamples(municipality);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.goodExamples(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={sv.pages.goodExamples}>
      <ul className="grid gap-4 sm:grid-cols-2">
        {data.items.map((e) => (
          <li key={e.slug} className="card">
            <h2 className="mt-0 text-xl">
              <Link href={paths.goodExample(data.municipality.slug, e.slug)} className="link">
                {e.title}
              </Link>
            </h2>
            <p>{e.summary}</p>
            {e.people ? (
              <p className="text-sm text-slate-700">
                {sv.words.people}: {e.people}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </SubpageFrame>
  );
}
