import Link from "next/link";
import type { Metadata } from "next";
import { getMunicipalityName } from "@/lib/municipalities/queries";
import { listPublishedPeriods } from "@/lib/followup/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { formatDate } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality } = await routeParams(params);
  const m = await getMunicipalityName(municipality);
  return m
    ? {
        title: `${sv.followUp.report.index} – ${m.name}`,
        description: sv.followUp.report.indexLead,
        alternates: { types: { "application/atom+xml": paths.followUpFeed(m.slug) } },
      }
    : {};
}

export default async function FollowUpIndexPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [m, periods] = await Promise.all([getMunicipalityName(municipality), listPublishedPeriods(municipality)]);
  if (!m) return redirectOrNotFound(paths.followUps(municipality));
  const r = sv.followUp.report;
  return (
    <SubpageFrame municipality={m} title={r.index} lead={r.indexLead}>
      {periods.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <ul className="space-y-2">
          {periods.map((p) => (
            <li key={p.slug} className="card">
              <Link href={paths.followUpReport(m.slug, p.slug)} className="link font-semibold">
                {r.title(p.title)}
              </Link>
              {p.publishedAt ? <span className="block text-sm text-slate-700">{r.published(formatDate(new Date(p.publishedAt)))}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <a href={paths.followUpFeed(m.slug)} className="link">
          {r.feed}
        </a>
      </p>
    </SubpageFrame>
  );
}
