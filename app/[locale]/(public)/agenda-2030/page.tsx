import Link from "next/link";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { AgendaGoalNumber } from "@/components/AgendaGoalBadge";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export const metadata: Metadata = pageMetadata({ title: sv.pages.agenda2030, description: sv.pages.agenda2030Intro, path: paths.agenda2030() });

export default async function Agenda2030Page() {
  const goals = await listAgendaGoals();
  return (
    <>
      <Breadcrumbs trail={[]} current={sv.pages.agenda2030} />
      <PageHeader title={sv.pages.agenda2030} lead={sv.pages.agenda2030Intro}>
        <p className="mt-3">
          <Link href={paths.coverage()} className="link">
            {sv.coverage.link}
          </Link>
        </p>
      </PageHeader>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {goals.map((g) => {
          const linked = g._count.areas + g._count.goals + g._count.actions;
          return (
            <li key={g.number} className="card border-l-8" style={{ borderLeftColor: g.color }}>
              <div className="flex items-start gap-3">
                <AgendaGoalNumber goal={g} />
                <h2 className="mt-0 text-lg">
                  <Link href={paths.agenda2030Goal(g.number)} className="link">
                    {sv.words.agenda2030Goal} {g.number}: {g.title}
                  </Link>
                </h2>
              </div>
              <p className="text-sm text-slate-700">{g.description}</p>
              <p className="mt-2 text-sm font-semibold">{linked === 0 ? "Inget kopplat ännu" : `${linked} kopplingar i portalen`}</p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
