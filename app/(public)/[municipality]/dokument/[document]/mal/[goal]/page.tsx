import Link from "next/link";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { getGoal } from "@/lib/goals/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { documentTrail } from "@/lib/documents/breadcrumbs";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

type Props = { params: Promise<{ municipality: string; document: string; goal: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, goal } = await params;
  const g = await getGoal(municipality, document, goal);
  return g
    ? pageMetadata({
        title: `${numbered(g.document.goalLabel, g.code)}: ${g.title}`,
        description: `${g.title} – ${g.document.title}, ${g.document.municipality.name}`,
        path: paths.goal(municipality, document, g.slug),
        type: "article",
      })
    : {};
}

export default async function GoalPage({ params }: Props) {
  const { municipality, document, goal } = await params;
  const g = await getGoal(municipality, document, goal);
  if (!g) return redirectOrNotFound(paths.goal(municipality, document, goal));
  const { document: doc } = g;
  const m = doc.municipality.slug;

  return (
    <>
      <Breadcrumbs
        trail={[...documentTrail(doc), { href: paths.area(m, doc.slug, g.area.slug), label: g.area.title }]}
        current={numbered(doc.goalLabel, g.code)}
      />
      <PageHeader kicker={`${numbered(doc.goalLabel, g.code)} · ${numbered(doc.areaLabel, g.area.number)}: ${g.area.title}`} title={g.title} />
      {g.text ? <Markdown source={g.text} /> : null}
      <section aria-labelledby="atgarder">
        <h2 id="atgarder">{sv.words.servedBy}</h2>
        {g.actions.length === 0 ? (
          <p>Inga åtgärder är ännu kopplade till detta mål.</p>
        ) : (
          <ul className="space-y-3">
            {g.actions.map(({ action: a }) => (
              <li key={`${a.document.slug}/${a.slug}`} className="card">
                <Link href={paths.action(m, a.document.slug, a.slug)} className="link font-semibold">
                  {numbered(a.document.actionLabel, [a.area.number, a.number].filter(Boolean).join("."))}: {a.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {sv.words.document}: {a.document.title}
                  {a.organisations.length > 0 ? ` · ${sv.words.responsible}: ${a.organisations.map((o) => o.organisation.name).join(", ")}` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <FrameworkLinks agenda2030={g.agenda2030} publicHealth={g.publicHealth} />
    </>
  );
}
