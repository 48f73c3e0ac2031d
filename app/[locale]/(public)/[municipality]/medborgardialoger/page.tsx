import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getDialogues } from "@/lib/dialogues/queries";
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
  const [data, t, locale] = await Promise.all([getDialogues((await routeParams(params)).municipality), getT(), getLocale()]);
  return data ? pageMetadata(t, locale, { title: `${t("pages.dialogues")} – ${data.municipality.name}`, path: paths.dialogues(data.municipality.slug) }) : {};
}

export default async function DialoguesPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const [data, t] = await Promise.all([getDialogues(municipality), getT()]);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.dialogues(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={t("pages.dialogues")}>
      {/* Dialogues are the municipality's own text, in Swedish only (they have no translations). */}
      {data.items.map((d) => (
        <article key={d.slug} id={d.slug} className="card mb-6" aria-labelledby={`${d.slug}-rubrik`}>
          <h2 id={`${d.slug}-rubrik`} className="mt-0" lang="sv">
            {d.title}
          </h2>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("words.period")}</dt>
            <dd lang="sv">{d.period}</dd>
            {d.topic ? (
              <>
                <dt className="font-semibold">{t("words.topic")}</dt>
                <dd lang="sv">{d.topic}</dd>
              </>
            ) : null}
            {d.responses !== null ? (
              <>
                <dt className="font-semibold">{t("words.responses")}</dt>
                <dd>{d.responses}</dd>
              </>
            ) : null}
          </dl>
          {d.method ? (
            <>
              <h3>{t("words.method")}</h3>
              <Markdown source={d.method} lang="sv" />
            </>
          ) : null}
          {d.participants ? (
            <>
              <h3>{t("words.participants")}</h3>
              <Markdown source={d.participants} lang="sv" />
            </>
          ) : null}
          <h3>{t("words.summary")}</h3>
          <Markdown source={d.summary} lang="sv" />
          <SourceLink municipality={data.municipality.slug} document={d.document} />
        </article>
      ))}
    </SubpageFrame>
  );
}
