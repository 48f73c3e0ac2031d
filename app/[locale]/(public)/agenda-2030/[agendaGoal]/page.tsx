import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getAgendaGoal } from "@/lib/agenda2030/queries";
import { getNationalCoverage } from "@/lib/coverage/queries";
import { toQueryString } from "@/lib/filters/schema";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { AgendaGoalNumber } from "@/components/AgendaGoalBadge";
import { PageHeader } from "@/components/PageHeader";
import { ItemLinkList, type ItemLink } from "@/components/ItemLinkList";
import { type levelLabelColumns, levelLabelsIn, numbered } from "@/lib/labels";
import { LocalizedField } from "@/components/Localized";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ agendaGoal: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [goal, t, locale] = await Promise.all([getAgendaGoal((await routeParams(params)).agendaGoal), getT(), getLocale()]);
  return goal
    ? pageMetadata(t, locale, {
        title: t("publicPages.agendaGoalTitle", { number: goal.number, title: goal.title }),
        description: goal.description,
        path: paths.agenda2030Goal(goal.number),
      })
    : {};
}

export default async function Agenda2030GoalPage({ params }: Props) {
  const [goal, t, locale] = await Promise.all([getAgendaGoal((await routeParams(params)).agendaGoal), getT(), getLocale()]);
  if (!goal) notFound();

  type Place = ReturnType<typeof levelLabelColumns> & { title: string; translations: unknown; municipality: { name: string } };
  const place = (d: Place) => (
    <>
      <span lang="sv">{d.municipality.name}</span>, <LocalizedField record={d} field="title" note={false} />
    </>
  );
  const labels = (d: Place) => levelLabelsIn(t, locale, d);
  const { items } = goal;
  // At national scale: how many items each municipality links here, each leading to exactly those in search.
  const perMunicipality = items
    ? []
    : (await getNationalCoverage())
        .filter((row) => (row.counts[goal.number] ?? 0) > 0)
        .map((row) => ({
          href: paths.search(toQueryString({ agenda: goal.number, kommun: row.filters.kommun })),
          title: row.label,
          note: t("words.linkedCount", { n: row.counts[goal.number]! }),
        }));
  const groups: { heading: string; items: ItemLink[] }[] = !items
    ? [{ heading: t("words.linkedPerMunicipality", { items: goal.linked, municipalities: perMunicipality.length }), items: perMunicipality }]
    : [
        {
          heading: t("publicPages.agendaAreas"),
          items: items.areas.map(({ area: a }) => ({
            href: paths.area(a.document.municipality.slug, a.document.slug, a.slug),
            code: numbered(labels(a.document).areaLabel, a.number),
            title: <LocalizedField record={a} field="title" note={false} />,
            note: place(a.document),
          })),
        },
        {
          heading: t("publicPages.agendaGoals"),
          items: items.goals.map(({ goal: g }) => ({
            href: paths.goal(g.document.municipality.slug, g.document.slug, g.slug),
            code: numbered(labels(g.document).goalLabel, g.code),
            title: <LocalizedField record={g} field="title" note={false} />,
            note: place(g.document),
          })),
        },
        {
          heading: t("publicPages.agendaActions"),
          items: items.actions.map(({ action: a }) => ({
            href: paths.action(a.document.municipality.slug, a.document.slug, a.slug),
            code: numbered(labels(a.document).actionLabel, [a.area.number, a.number].filter(Boolean).join(".")),
            title: <LocalizedField record={a} field="title" note={false} />,
            note: place(a.document),
          })),
        },
      ].filter((g) => g.items.length > 0);

  return (
    <>
      <Breadcrumbs trail={[{ href: paths.agenda2030(), label: t("pages.agenda2030") }]} current={t("publicPages.agendaGoal", { number: goal.number })} />
      <AgendaGoalNumber goal={goal} />
      {/* The global goals' official Swedish wording: the portal has no translation of them. */}
      <PageHeader
        kicker={t("publicPages.agendaGoal", { number: goal.number })}
        title={<span lang="sv">{goal.title}</span>}
        lead={<span lang="sv">{goal.description}</span>}
      />
      <section aria-labelledby="kopplat">
        <h2 id="kopplat">{t("words.linkedItems")}</h2>
        {groups.length === 0 ? <p>{t("words.nothingLinked")}</p> : null}
        {groups.map((group) => (
          <div key={group.heading}>
            <h3>{group.heading}</h3>
            <ItemLinkList items={group.items} />
          </div>
        ))}
      </section>
      <section aria-labelledby="delmal">
        <h2 id="delmal">{t("words.targets")}</h2>
        <ol className="space-y-3">
          {goal.targets.map((target) => (
            <li key={target.code} id={`delmal-${target.code}`}>
              <span className="font-semibold">{target.code}</span> <span lang="sv">{target.title}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
