import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getArea } from "@/lib/areas/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { documentTrail } from "@/lib/documents/breadcrumbs";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { ItemLinkList } from "@/components/ItemLinkList";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

type Props = { params: Promise<{ municipality: string; document: string; area: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, area } = await params;
  const a = await getArea(municipality, document, area);
  return a
    ? pageMetadata({ title: `${a.title} – ${a.document.title}`, description: a.subtitle ?? `${a.document.areaLabel} i ${a.document.title}`, path: paths.area(municipality, document, a.slug), type: "article" })
    : {};
}

export default async function AreaPage({ params }: Props) {
  const { municipality, document, area } = await params;
  const a = await getArea(municipality, document, area);
  if (!a) return redirectOrNotFound(paths.area(municipality, document, area));
  const { document: doc } = a;
  const m = doc.municipality.slug;
  const actionCount = (n: number) => (n > 0 ? `${n} ${n === 1 ? doc.actionLabel.toLowerCase() : doc.actionLabelPlural.toLowerCase()}` : null);

  return (
    <>
      <Breadcrumbs trail={documentTrail(doc)} current={a.title} />
      <PageHeader kicker={numbered(doc.areaLabel, a.number)} title={a.title} lead={a.subtitle} />
      {a.description ? <Markdown source={a.description} /> : null}
      {a.direction ? (
        <section aria-labelledby="inriktning">
          <h2 id="inriktning">{sv.words.direction}</h2>
          <Markdown source={a.direction} />
        </section>
      ) : null}
      {a.focus.length > 0 ? (
        <section aria-labelledby="fokus">
          <h2 id="fokus">{sv.words.focus}</h2>
          <ul className="list-disc pl-6">
            {a.focus.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.goals.length > 0 ? (
        <section aria-labelledby="mal">
          <h2 id="mal">{doc.goalLabelPlural}</h2>
          <ItemLinkList
            items={a.goals.map((g) => ({ href: paths.goal(m, doc.slug, g.slug), code: numbered(doc.goalLabel, g.code), title: g.title, note: actionCount(g._count.actions) }))}
          />
        </section>
      ) : null}
      {a.actions.length > 0 ? (
        <section aria-labelledby="atgarder">
          <h2 id="atgarder">{doc.actionLabelPlural}</h2>
          <ItemLinkList
            items={a.actions.map((x) => ({ href: paths.action(m, doc.slug, x.slug), code: numbered(doc.actionLabel, [a.number, x.number].filter(Boolean).join(".")), title: x.title }))}
          />
        </section>
      ) : null}
      <FrameworkLinks agenda2030={a.agenda2030} publicHealth={a.publicHealth} />
    </>
  );
}
