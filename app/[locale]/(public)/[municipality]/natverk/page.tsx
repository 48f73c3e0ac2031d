import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getNetworks } from "@/lib/networks/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getNetworks((await routeParams(params)).municipality);
  return data ? pageMetadata({ title: `${sv.pages.networks} – ${data.municipality.name}`, path: paths.networks(data.municipality.slug) }) : {};
}

export default async function NetworksPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const data = await getNetworks(municipality);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.networks(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={sv.pages.networks}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{sv.pages.networks}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Arbetsgrupp
            </th>
            <th scope="col" className="py-2">
              {sv.words.purpose}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((n) => (
            <tr key={n.slug} id={n.slug} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-3 pr-4 font-semibold">
                {n.name}
              </th>
              <td className="py-3">
                <Markdown source={n.purpose} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SubpageFrame>
  );
}
