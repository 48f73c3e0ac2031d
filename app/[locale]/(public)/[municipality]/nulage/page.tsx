import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getSituationAnalyses } from "@/lib/situation/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { SourceLink } from "@/components/SourceLink";
import { withSwedish } from "@/components/Localized";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

const kinds = ["STRENGTH", "WEAKNESS", "OPPORTUNITY", "CHALLENGE"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, t, locale] = await Promise.all([getSituationAnalyses((await routeParams(params)).municipality), getT(), getLocale()]);
  return data
    ? pageMetadata(t, locale, {
        title: `${t("pages.situation")} – ${data.municipality.name}`,
        description: t("pages.situationIntro"),
        path: paths.situation(data.municipality.slug),
      })
    : {};
}

export default async function SituationPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [data, t] = await Promise.all([getSituationAnalyses(municipality), getT()]);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.situation(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={t("pages.situation")} lead={t("pages.situationIntro")}>
      <SourceLink municipality={data.municipality.slug} document={data.items[0]?.document ?? null} />
      {data.items.map((a) => (
        <section key={a.target.number} id={`malomrade-${a.target.number}`} aria-labelledby={`malomrade-${a.target.number}-rubrik`} className="mt-8">
          {/* The analysis and the national target areas' names are Swedish only (they have no translations). */}
          <h2 id={`malomrade-${a.target.number}-rubrik`}>
            {a.heading ? (
              <span lang="sv">{a.heading}</span>
            ) : (
              withSwedish(t, "publicPages.situationHeading", { number: a.target.number }, { title: a.target.title })
            )}
          </h2>
          <p className="text-sm text-slate-700">
            {t("words.publicHealth")}: {a.target.number}. <span lang="sv">{a.target.title}</span>
          </p>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {kinds.map((kind) => {
              const items = a.items.filter((i) => i.kind === kind);
              return items.length === 0 ? null : (
                <div key={kind} className="card">
                  <h3 className="mt-0 text-lg">{t(`situationKind.${kind}`)}</h3>
                  <ul className="list-disc space-y-1 pl-6" lang="sv">
                    {items.map((i) => (
                      <li key={i.text}>{i.text}</li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </SubpageFrame>
  );
}
