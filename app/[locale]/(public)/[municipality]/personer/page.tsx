import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getPeopleGroups } from "@/lib/people/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { SourceLink } from "@/components/SourceLink";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, t, locale] = await Promise.all([getPeopleGroups((await routeParams(params)).municipality), getT(), getLocale()]);
  return data ? pageMetadata(t, locale, { title: `${t("pages.people")} – ${data.municipality.name}`, path: paths.people(data.municipality.slug) }) : {};
}

export default async function PeoplePage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [data, t] = await Promise.all([getPeopleGroups(municipality), getT()]);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.people(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={t("pages.people")} lead={t("publicPages.peopleLead")}>
      {data.items.map((g) => (
        <section key={g.slug} id={g.slug} aria-labelledby={`${g.slug}-rubrik`} className="mb-10">
          {/* Group names, descriptions and roles are the municipality's Swedish text (they have no translations); people's names need no mark. */}
          <h2 id={`${g.slug}-rubrik`} lang="sv">
            {g.name}
          </h2>
          <p className="text-sm font-semibold text-teal-800">{t(`groupKind.${g.kind}`)}</p>
          {g.description ? <Markdown source={g.description} lang="sv" /> : null}
          <table className="mt-3 w-full border-collapse text-left">
            <caption className="sr-only" lang="sv">
              {g.name}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("publicPages.peopleName")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("words.role")}
                </th>
                {g.members.some((p) => p.party) ? (
                  <th scope="col" className="py-2 pr-4">
                    {t("words.party")}
                  </th>
                ) : null}
                {g.members.some((p) => p.period) ? (
                  <th scope="col" className="py-2 pr-4">
                    {t("words.period")}
                  </th>
                ) : null}
                {g.members.some((p) => p.email || p.phone) ? (
                  <th scope="col" className="py-2">
                    {t("words.people")}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {g.members.map((p) => (
                <tr key={`${p.name}-${p.period ?? ""}`} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {p.name}
                  </th>
                  <td className="py-2 pr-4" lang="sv">
                    {p.role ?? ""}
                  </td>
                  {g.members.some((x) => x.party) ? <td className="py-2 pr-4">{p.party ?? ""}</td> : null}
                  {g.members.some((x) => x.period) ? (
                    <td className="py-2 pr-4" lang="sv">
                      {p.period ?? ""}
                    </td>
                  ) : null}
                  {g.members.some((x) => x.email || x.phone) ? (
                    <td className="py-2">
                      {p.email ? (
                        <a href={`mailto:${p.email}`} className="link">
                          {p.email}
                        </a>
                      ) : null}
                      {p.phone ? <div>{p.phone}</div> : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          <SourceLink municipality={data.municipality.slug} document={g.document} />
        </section>
      ))}
    </SubpageFrame>
  );
}
