import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import { getMunicipality } from "@/lib/municipalities/queries";
import { listPublishedPeriods } from "@/lib/followup/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { PageHeader } from "@/components/PageHeader";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { groupByStanding } from "@/lib/documents/standing";
import { DocumentCards } from "@/components/DocumentCards";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string }> };

// Rendered on first request, then served from the cache until a write expires its tags.
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const municipality = await getMunicipality((await routeParams(params)).municipality);
  return municipality
    ? pageMetadata(t, locale, {
        title: municipality.name,
        description: municipality.intro.slice(0, 160),
        path: paths.municipality(municipality.slug),
        feed: paths.feed(municipality.slug),
      })
    : {};
}

export default async function MunicipalityPage({ params }: Props) {
  const { municipality: slug } = await routeParams(params);
  const [m, periods, t, locale] = await Promise.all([getMunicipality(slug), listPublishedPeriods(slug), getT(), getLocale()]);
  if (!m) return redirectOrNotFound(paths.municipality(slug));

  // Rendered when the page is (re)built; a document that expires in between is listed as in force until its next change.
  const documents = groupByStanding(m.documents, new Date());
  const resources = [
    { href: paths.followUps(m.slug), label: t("followUp.report.index"), count: periods.length },
    { href: paths.networks(m.slug), label: t("pages.networks"), count: m._count.networks },
    { href: paths.goodExamples(m.slug), label: t("pages.goodExamples"), count: m._count.goodExamples },
    { href: paths.knowledge(m.slug), label: t("pages.knowledge"), count: m._count.knowledgePages },
    { href: paths.dialogues(m.slug), label: t("pages.dialogues"), count: m._count.dialogues },
    { href: paths.situation(m.slug), label: t("pages.situation"), count: m._count.situationAnalyses },
    ...m.processMaps.map((p) => ({ href: paths.processMap(m.slug, p.slug), label: p.title, count: 1, lang: "sv" })),
    { href: paths.people(m.slug), label: t("pages.people"), count: m._count.groups },
    { href: paths.municipalityCoverage(m.slug), label: t("coverage.municipalityLink"), count: m.documents.length },
  ].filter((r) => r.count > 0);

  return (
    <>
      <Breadcrumbs trail={[]} current={m.name} />
      <PageHeader title={m.name} />
      <Markdown source={m.intro} lang="sv" />
      <h2>{t("standing.inForceHeading")}</h2>
      {documents.inForce.length === 0 ? <p>{t("standing.noneInForce")}</p> : null}
      {documents.inForce.map((group) => (
        <section key={group.kind} aria-labelledby={`dokument-${group.kind}`}>
          <h3 id={`dokument-${group.kind}`} className="mt-6 mb-3 text-lg">
            {t(`standing.kindPlural.${group.kind}`)}
          </h3>
          <DocumentCards municipality={m.slug} documents={group.documents} heading="h4" />
        </section>
      ))}
      {documents.past.length > 0 ? (
        <>
          <h2>{t("standing.pastHeading")}</h2>
          <p className="max-w-prose text-slate-700">{t("standing.pastIntro")}</p>
          <DocumentCards municipality={m.slug} documents={documents.past} heading="h3" />
        </>
      ) : null}
      {resources.length > 0 ? (
        <>
          <h2>{t("pages.more")}</h2>
          <ul className="list-disc pl-6">
            {resources.map((r) => (
              <li key={r.href}>
                <Link href={r.href} className="link" lang={"lang" in r ? r.lang : undefined}>
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-6">
        <a href={getPathname({ href: paths.feed(m.slug), locale })} className="link">
          {t("feed.link")}
        </a>
      </p>
      {m.contact ? (
        <>
          <h2>{t("words.people")}</h2>
          <Markdown source={m.contact} lang="sv" />
        </>
      ) : null}
    </>
  );
}
