import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale } from "next-intl/server";
import { getGoal } from "@/lib/goals/queries";
import { getGoalChanges } from "@/lib/followup/changes";
import { listPublishedPeriods } from "@/lib/followup/queries";
import { params as queryParams, parseParams } from "@/lib/filters/schema";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { ChangesForm } from "@/components/followup/ChangesForm";
import { GoalChanges } from "@/components/followup/GoalChanges";
import { documentTrail } from "@/lib/documents/breadcrumbs";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { localized } from "@/lib/i18n/localized";
import { LocalizedField } from "@/components/Localized";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; document: string; goal: string }>; searchParams: Promise<{ sedan?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, goal } = await routeParams(params);
  const [g, t, locale] = await Promise.all([getGoal(municipality, document, goal), getT(), getLocale()]);
  if (!g) return {};
  const title = t("publicPages.changesTitle", { goal: numbered(levelLabelsIn(t, locale, g.document).goalLabel, g.code) });
  return {
    ...pageMetadata(t, locale, { title, description: localized(g, "title", locale).text, path: paths.goalChanges(municipality, document, g.slug) }),
    robots: { index: false },
  };
}

/** "What changed since <date>" for a goal: the date is a GET parameter, so the page works without JavaScript. */
export default async function GoalChangesPage({ params, searchParams }: Props) {
  const { municipality: m, document: d, goal } = await routeParams(params);
  const { values, problems } = parseParams({ sedan: queryParams.sedan }, await searchParams);
  const since = values.sedan;
  const [g, periods, t, format, locale] = await Promise.all([getGoal(m, d, goal), listPublishedPeriods(m), getT(), getFormatter(), getLocale()]);
  if (!g) notFound();
  const changes = since ? await getGoalChanges(m, d, goal, since) : null;
  const doc = levelLabelsIn(t, locale, g.document);
  const label = numbered(doc.goalLabel, g.code);
  const heading = t("followUp.changes.heading");
  return (
    <>
      <Breadcrumbs trail={[...documentTrail(doc, locale), { href: paths.goal(m, d, goal), label }]} current={heading} />
      <PageHeader
        kicker={
          <>
            {label}: <LocalizedField record={g} field="title" note={false} />
          </>
        }
        title={since ? t("followUp.changes.title", { date: format.dateTime(new Date(since), "date") }) : heading}
      />
      <ChangesForm goal={{ m, d, g: goal }} since={since} latest={periods[0]} />
      {problems.length > 0 ? (
        <p role="alert" className="notice-error mt-4">
          {t("followUp.changes.invalidDate")}
        </p>
      ) : null}
      {changes ? (
        <section aria-labelledby="andringar" className="mt-6">
          <h2 id="andringar" className="sr-only">
            {heading}
          </h2>
          <GoalChanges changes={changes} />
        </section>
      ) : null}
      <p className="mt-6">
        <Link href={paths.goal(m, d, goal)} className="link">
          {t("followUp.changes.back")}
        </Link>
      </p>
    </>
  );
}
