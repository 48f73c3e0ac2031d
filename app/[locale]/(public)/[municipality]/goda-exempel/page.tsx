import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getGoodExamples } from "@/lib/good-examples/queries";
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
  const [data, t, locale] = await Promise.all([getGoodExamples((await routeParams(params)).municipality), getT(), getLocale()]);
  return data
    ? pageMetadata(t, locale, { title: `${t("pages.goodExamples")} – ${data.municipality.name}`, path: paths.goodExamples(data.municipality.slug) })
    : {};
}

export default async function GoodExamplesPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [data, t] = await Promise.all([getGoodExamples(municipality), getT()]);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.goodExamples(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={t("pages.goodExamples")}>
      <ul className="grid gap-4 sm:grid-cols-2">
        {data.items.map((e) => (
          <li key={e.slug} className="card">
            {/* Good examples are the municipality's own text, in Swedish only (they have no translations). */}
            <h2 className="mt-0 text-xl" lang="sv">
              <Link href={paths.goodExample(data.municipality.slug, e.slug)} className="link">
                {e.title}
              </Link>
            </h2>
            <p lang="sv">{e.summary}</p>
            {e.people ? (
              <p className="text-sm text-slate-700">
                {t("words.people")}: <span lang="sv">{e.people}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </SubpageFrame>
  );
}
