import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getNetworks } from "@/lib/networks/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, t, locale] = await Promise.all([getNetworks((await routeParams(params)).municipality), getT(), getLocale()]);
  return data ? pageMetadata(t, locale, { title: `${t("pages.networks")} – ${data.municipality.name}`, path: paths.networks(data.municipality.slug) }) : {};
}

export default async function NetworksPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [data, t] = await Promise.all([getNetworks(municipality), getT()]);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.networks(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={t("pages.networks")}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("pages.networks")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("publicPages.networkName")}
            </th>
            <th scope="col" className="py-2">
              {t("words.purpose")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((n) => (
            <tr key={n.slug} id={n.slug} className="border-b border-slate-200 align-top">
              {/* The municipality's own text, in Swedish only (it has no translations). */}
              <th scope="row" className="py-3 pr-4 font-semibold" lang="sv">
                {n.name}
              </th>
              <td className="py-3">
                <Markdown source={n.purpose} lang="sv" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SubpageFrame>
  );
}
