import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getGoal } from "@/lib/goals/queries";
import { getGoalChanges } from "@/lib/followup/changes";
import { listPublishedPeriods } from "@/lib/followup/queries";
import { params as queryParams, parseParams } from "@/lib/filters/schema";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { ChangesForm } from "@/components/followup/ChangesForm";
import { GoalChanges } from "@/components/followup/GoalChanges";
import { documentTrail } from "@/lib/documents/breadcrumbs";
import { formatDate, numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; document: string; goal: string }>; searchParams: Promise<{ sedan?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, goal } = await routeParams(params);
  const g = await getGoal(municipality, document, goal);
  return g ? { title: `${sv.followUp.changes.heading} ${numbered(g.document.goalLabel, g.code)}`, description: g.title, robots: { index: false } } : {};
}

/** "What changed since <date>" for a goal: the date is a GET parameter, so the page works without JavaScript. */
export default async function GoalChangesPage({ params, searchParams }: Props) {
  const { municipality: m, document: d, goal } = await routeParams(params);
  const { values, problems } = parseParams({ sedan: queryParams.sedan }, await searchParams);
  const since = values.sedan;
  const [g, periods] = await Promise.all([getGoal(m, d, goal), listPublishedPeriods(m)]);
  if (!g) notFound();
  const changes = since ? await getGoalChanges(m, d, goal, since) : null;
  const c = sv.followUp.changes;
  const label = numbered(g.document.goalLabel, g.code);
  return (
    <>
      <Breadcrumbs trail={[...documentTrail(g.document), { href: paths.goal(m, d, goal), label }]} current={c.heading} />
      <PageHeader kicker={`${label}: ${g.title}`} title={since ? c.title(formatDate(new Date(since))) : c.heading} />
      <ChangesForm goal={{ m, d, g: goal }} since={since} latest={periods[0]} />
      {problems.length > 0 ? (
        <p role="alert" className="notice-error mt-4">
          {c.invalidDate}
        </p>
      ) : null}
      {changes ? (
        <section aria-labelledby="andringar" className="mt-6">
          <h2 id="andringar" className="sr-only">
            {c.heading}
          </h2>
          <GoalChanges changes={changes} />
        </section>
      ) : null}
      <p className="mt-6">
        <Link href={paths.goal(m, d, goal)} className="link">
          {c.back}
        </Link>
      </p>
    </>
  );
}
