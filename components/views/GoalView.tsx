import Link from "next/link";
import { documentTrail } from "@/lib/documents/breadcrumbs";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import type { GoalPageData } from "@/lib/goals/queries";
import { actionKey, type GoalFollowUpData } from "@/lib/followup/queries";
import { GoalFollowUpSection } from "@/components/followup/GoalFollowUpSection";
import { LatestStatus } from "@/components/followup/StatusMark";

/** The public page and the coordinators' preview of a draft render the same. */
export function GoalView({ goal: g, followUp }: { goal: GoalPageData; followUp?: GoalFollowUpData | null }) {
  const { document: doc } = g;
  const m = doc.municipality.slug;
  const responsible = [...new Set(g.actions.flatMap(({ action: a }) => a.organisations.map((o) => o.organisation.name)))].sort((a, b) =>
    a.localeCompare(b, "sv"),
  );

  return (
    <>
      <Breadcrumbs
        trail={[...documentTrail(doc), { href: paths.area(m, doc.slug, g.area.slug), label: g.area.title }]}
        current={numbered(doc.goalLabel, g.code)}
      />
      <PageHeader kicker={`${numbered(doc.goalLabel, g.code)} · ${numbered(doc.areaLabel, g.area.number)}: ${g.area.title}`} title={g.title} />
      {g.text ? <Markdown source={g.text} /> : null}
      {followUp ? <GoalFollowUpSection followUp={followUp} place={{ m, d: doc.slug, g: g.slug }} responsible={responsible} /> : null}
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
                {followUp?.latest ? <LatestStatus latest={followUp.actions[actionKey(a.document.slug, a.slug)]} /> : null}
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
