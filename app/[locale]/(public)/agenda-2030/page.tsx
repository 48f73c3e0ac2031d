import { routeParams, type LocaleProps } from "@/lib/route-params";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { AgendaGoalNumber } from "@/components/AgendaGoalBadge";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { withSwedish } from "@/components/Localized";
import { pageMetadata } from "@/lib/metadata";

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await routeParams(params);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return pageMetadata(t, locale, { title: t("pages.agenda2030"), description: t("pages.agenda2030Intro"), path: paths.agenda2030() });
}

export default async function Agenda2030Page({ params }: LocaleProps) {
  await routeParams(params);
  const [goals, t] = await Promise.all([listAgendaGoals(), getT()]);
  return (
    <>
      <Breadcrumbs trail={[]} current={t("pages.agenda2030")} />
      <PageHeader title={t("pages.agenda2030")} lead={t("pages.agenda2030Intro")}>
        <p className="mt-3">
          <Link href={paths.coverage()} className="link">
            {t("coverage.link")}
          </Link>
        </p>
      </PageHeader>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {goals.map((g) => (
          <li key={g.number} className="card border-l-8" style={{ borderLeftColor: g.color }}>
            <div className="flex items-start gap-3">
              <AgendaGoalNumber goal={g} />
              <h2 className="mt-0 text-lg">
                <Link href={paths.agenda2030Goal(g.number)} className="link">
                  {withSwedish(t, "publicPages.agendaGoalTitle", { number: g.number }, { title: g.title })}
                </Link>
              </h2>
            </div>
            <p className="text-sm text-slate-700" lang="sv">
              {g.description}
            </p>
            <p className="mt-2 text-sm font-semibold">{t("publicPages.agendaLinked", { n: g._count.areas + g._count.goals + g._count.actions })}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
