import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { Markdown } from "@/components/Markdown";
import { ItemLinkList } from "@/components/ItemLinkList";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { documentTrail } from "@/lib/documents/breadcrumbs";
import type { ActionPageData } from "@/lib/actions/queries";
import type { ActionFollowUpData } from "@/lib/followup/queries";
import { ActionFollowUpSection } from "@/components/followup/ActionFollowUpSection";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

/** An action's page: the public page and the coordinators' preview of a draft render the same. */
export function ActionView({ action: a, followUp }: { action: ActionPageData; followUp?: ActionFollowUpData | null }) {
  const { document: doc } = a;
  const m = doc.municipality.slug;
  const label = numbered(doc.actionLabel, [a.area.number, a.number].filter(Boolean).join("."));
  const byRole = (role: "RESPONSIBLE" | "PARTNER") => a.organisations.filter((o) => o.role === role).map((o) => o.organisation.name);

  return (
    <>
      <Breadcrumbs trail={[...documentTrail(doc), { href: paths.area(m, doc.slug, a.area.slug), label: a.area.title }]} current={label} />
      <PageHeader kicker={`${label} · ${numbered(doc.areaLabel, a.area.number)}: ${a.area.title}`} title={a.title} />
      {a.text ? <Markdown source={a.text} /> : null}
      {followUp ? <ActionFollowUpSection followUp={followUp} /> : null}
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
      {(
        [
          ["RESPONSIBLE", sv.words.responsible],
          ["PARTNER", sv.words.partners],
        ] as const
      ).map(([role, heading]) =>
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
