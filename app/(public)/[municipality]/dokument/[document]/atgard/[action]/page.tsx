import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getAction } from "@/lib/actions/queries";
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

type Props = { params: Promise<{ municipality: string; document: string; action: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, action } = await params;
  const a = await getAction(municipality, document, action);
  return a ? pageMetadata({ title: `${a.title} – ${a.document.title}`, description: a.text?.slice(0, 160) ?? a.title, path: paths.action(municipality, document, a.slug), type: "article" }) : {};
}

export default async function ActionPage({ params }: Props) {
  const { municipality, document, action } = await params;
  const a = await getAction(municipality, document, action);
  if (!a) return redirectOrNotFound(paths.action(municipality, document, action));
  const { document: doc } = a;
  const m = doc.municipality.slug;
  const label = numbered(doc.actionLabel, [a.area.number, a.number].filter(Boolean).join("."));
  const byRole = (role: "RESPONSIBLE" | "PARTNER") => a.organisations.filter((o) => o.role === role).map((o) => o.organisation.name);

  return (
    <>
      <Breadcrumbs trail={[...documentTrail(doc), { href: paths.area(m, doc.slug, a.area.slug), label: a.area.title }]} current={label} />
      <PageHeader kicker={`${label} · ${numbered(doc.areaLabel, a.area.number)}: ${a.area.title}`} title={a.title} />
      {a.text ? <Markdown source={a.text} /> : null}
      {a.goals.length > 0 ? (
        <section aria-labelledby="bidrar-till">
          <h2 id="bidrar-till">{sv.words.servesGoals}</h2>
          <ItemLinkList
            items={a.goals.map(({ goal: g }) => ({
              href: paths.goal(m, g.document.slug, g.slug),
              code: numbered(g.document.goalLabel, g.code),
              title: g.title,
              note: g.document.slug === doc.slug ? null : g.document.title,
            }))}
          />
        </section>
      ) : null}
      {([["RESPONSIBLE", sv.words.responsible], ["PARTNER", sv.words.partners]] as const).map(([role, heading]) =>
        byRole(role).length > 0 ? (
          <section key={role} aria-labelledby={`roll-${role}`}>
            <h2 id={`roll-${role}`}>{heading}</h2>
            <ul className="list-disc pl-6">
              {byRole(role).map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      <FrameworkLinks agenda2030={a.agenda2030} publicHealth={a.publicHealth} />
    </>
  );
}
