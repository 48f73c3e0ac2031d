import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getProcessMaps } from "@/lib/process-maps/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { SourceLink } from "@/components/SourceLink";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; map: string }> };
export const generateStaticParams = async () => [];

const kinds = ["MAIN", "MANAGEMENT", "SUPPORT"] as const;

async function load(params: Props["params"]) {
  const { municipality, map } = await routeParams(params);
  const data = await getProcessMaps(municipality);
  return { municipality, map, data, item: data?.items.find((p) => p.slug === map) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { item, data } = await load(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return item && data
    ? pageMetadata(t, locale, {
        title: `${item.title} – ${data.municipality.name}`,
        description: item.intro,
        path: paths.processMap(data.municipality.slug, item.slug),
      })
    : {};
}

export default async function ProcessMapPage({ params }: Props) {
  // The parameters first: they tell next-intl the language (lib/route-params.ts).
  const { municipality, map, data, item } = await load(params);
  const t = await getT();
  if (!data || !item) return redirectOrNotFound(paths.processMap(municipality, map));
  return (
    // A process map is the municipality's own text, in Swedish only (it has no translations).
    <SubpageFrame municipality={data.municipality} title={<span lang="sv">{item.title}</span>}>
      <SourceLink municipality={data.municipality.slug} document={item.document} />
      {item.intro ? <Markdown source={item.intro} lang="sv" /> : null}
      {kinds.map((kind) => {
        const processes = item.processes.filter((p) => p.kind === kind);
        return processes.length === 0 ? null : (
          <section key={kind} aria-labelledby={`process-${kind}`}>
            <h2 id={`process-${kind}`}>{t(`processKind.${kind}`)}</h2>
            <ol className="space-y-4">
              {processes.map((p) => (
                <li key={p.number} className="card">
                  <h3 className="mt-0 text-lg">
                    {p.number}. <span lang="sv">{p.title}</span>
                  </h3>
                  {p.description ? <Markdown source={p.description} lang="sv" /> : null}
                  {p.proposals.length > 0 ? (
                    <div className="mt-3 rounded border-l-4 border-sky-700 bg-sky-50 p-3">
                      <h4 className="font-semibold">{t("words.proposals")}</h4>
                      <ul className="list-disc space-y-1 pl-6" lang="sv">
                        {p.proposals.map((x) => (
                          <li key={x.text}>{x.text}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </SubpageFrame>
  );
}
