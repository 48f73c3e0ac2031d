import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getDialogues } from "@/lib/dialogues/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { SubpageFrame } from "@/components/SubpageFrame";
import { SourceLink } from "@/components/SourceLink";
import { Markdown } from "@/components/Markdown";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getDialogues((await routeParams(params)).municipality);
  return data ? pageMetadata({ title: `${sv.pages.dialogues} – ${data.municipality.name}`, path: paths.dialogues(data.municipality.slug) }) : {};
}

export default async function DialoguesPage({ params }: Props) {
  const { municipality } = await routeParams(params);
  const data = await getDialogues(municipality);
  if (!data || data.items.length === 0) return redirectOrNotFound(paths.dialogues(municipality));
  return (
    <SubpageFrame municipality={data.municipality} title={sv.pages.dialogues}>
      {data.items.map((d) => (
        <article key={d.slug} id={d.slug} className="card mb-6" aria-labelledby={`${d.slug}-rubrik`}>
          <h2 id={`${d.slug}-rubrik`} className="mt-0">
            {d.title}
          </h2>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{sv.words.period}</dt>
            <dd>{d.period}</dd>
            {d.topic ? (
              <>
                <dt className="font-semibold">{sv.words.topic}</dt>
                <dd>{d.topic}</dd>
              </>
            ) : null}
            {d.responses !== null ? (
              <>
                <dt className="font-semibold">{sv.words.responses}</dt>
                <dd>{d.responses}</dd>
              </>
            ) : null}
          </dl>
          {d.method ? (
            <>
              <h3>{sv.words.method}</h3>
              <Markdown source={d.method} />
            </>
          ) : null}
          {d.participants ? (
            <>
              <h3>{sv.words.participants}</h3>
              <Markdown source={d.participants} />
            </>
          ) : null}
          <h3>{sv.words.summary}</h3>
          <Markdown source={d.summary} />
          <SourceLink municipality={data.municipality.slug} document={d.document} />
        </article>
      ))}
    </SubpageFrame>
  );
}
