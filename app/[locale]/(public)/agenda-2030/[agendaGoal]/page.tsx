import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { notFound } from "next/navigation";
import { getAgendaGoal } from "@/lib/agenda2030/queries";
import { getNationalCoverage } from "@/lib/coverage/queries";
import { toQueryString } from "@/lib/filters/schema";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { AgendaGoalNumber } from "@/components/AgendaGoalBadge";
import { PageHeader } from "@/components/PageHeader";
import { ItemLinkList, type ItemLink } from "@/components/ItemLinkList";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ agendaGoal: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const goal = await getAgendaGoal((await routeParams(params)).agendaGoal);
  return goal
    ? pageMetadata({
        title: `${sv.words.agenda2030Goal} ${goal.number}: ${goal.title}`,
        description: goal.description,
        path: paths.agenda2030Goal(goal.number),
      })
    : {};
}

export default async function Agenda2030GoalPage({ params }: Props) {
  const goal = await getAgendaGoal((await routeParams(params)).agendaGoal);
  if (!goal) notFound();

  const place = (d: { title: string; municipality: { name: string } }) => `${d.municipality.name}, ${d.title}`;
  const { items } = goal;
  // At national scale: how many items each municipality links here, each leading to exactly those in search.
  const perMunicipality = items
    ? []
    : (await getNationalCoverage())
        .filter((row) => (row.counts[goal.number] ?? 0) > 0)
        .map((row) => ({
          href: paths.search(toQueryString({ agenda: goal.number, kommun: row.filters.kommun })),
          title: row.label,
          note: sv.words.linkedCount(row.counts[goal.number]!),
        }));
  const groups: { heading: string; items: ItemLink[] }[] = !items
    ? [{ heading: sv.words.linkedPerMunicipality(goal.linked, perMunicipality.length), items: perMunicipality }]
    : [
        {
          heading: "Områden",
          items: items.areas.map(({ area: a }) => ({
            href: paths.area(a.document.municipality.slug, a.document.slug, a.slug),
            code: numbered(a.document.areaLabel, a.number),
            title: a.title,
            note: place(a.document),
          })),
        },
        {
          heading: "Mål",
          items: items.goals.map(({ goal: g }) => ({
            href: paths.goal(g.document.municipality.slug, g.document.slug, g.slug),
            code: numbered(g.document.goalLabel, g.code),
            title: g.title,
            note: place(g.document),
          })),
        },
        {
          heading: "Åtgärder",
          items: items.actions.map(({ action: a }) => ({
            href: paths.action(a.document.municipality.slug, a.document.slug, a.slug),
            code: numbered(a.document.actionLabel, [a.area.number, a.number].filter(Boolean).join(".")),
            title: a.title,
            note: place(a.document),
          })),
        },
      ].filter((g) => g.items.length > 0);

  return (
    <>
      <Breadcrumbs trail={[{ href: paths.agenda2030(), label: sv.pages.agenda2030 }]} current={`${sv.words.agenda2030Goal} ${goal.number}`} />
      <AgendaGoalNumber goal={goal} />
      <PageHeader kicker={`${sv.words.agenda2030Goal} ${goal.number}`} title={goal.title} lead={goal.description} />
      <section aria-labelledby="kopplat">
        <h2 id="kopplat">{sv.words.linkedItems}</h2>
        {groups.length === 0 ? <p>{sv.words.nothingLinked}</p> : null}
        {groups.map((group) => (
          <div key={group.heading}>
            <h3>{group.heading}</h3>
            <ItemLinkList items={group.items} />
          </div>
        ))}
      </section>
      <section aria-labelledby="delmal">
        <h2 id="delmal">{sv.words.targets}</h2>
        <ol className="space-y-3">
          {goal.targets.map((t) => (
            <li key={t.code} id={`delmal-${t.code}`}>
              <span className="font-semibold">{t.code}</span> {t.title}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
