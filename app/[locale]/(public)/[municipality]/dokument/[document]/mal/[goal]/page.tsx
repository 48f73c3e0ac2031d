import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getGoal } from "@/lib/goals/queries";
import { redirectOrNotFound } from "@/lib/redirects/queries";
import { GoalView } from "@/components/views/GoalView";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { getGoalFollowUp } from "@/lib/followup/queries";
import { getFollowUpSchedule } from "@/lib/followup/schedule";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

type Props = { params: Promise<{ municipality: string; document: string; goal: string }> };

export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { municipality, document, goal } = await routeParams(params);
  const g = await getGoal(municipality, document, goal);
  return g
    ? pageMetadata(t, locale, {
        title: `${numbered(levelLabelsIn(t, locale, g.document).goalLabel, g.code)}: ${localized(g, "title", locale).text}`,
        description: `${localized(g, "title", locale).text} – ${localized(g.document, "title", locale).text}, ${g.document.municipality.name}`,
        path: paths.goal(municipality, document, g.slug),
        type: "article",
      })
    : {};
}

export default async function GoalPage({ params }: Props) {
  const { municipality, document, goal } = await routeParams(params);
  const [g, followUp, schedule] = await Promise.all([
    getGoal(municipality, document, goal),
    getGoalFollowUp(municipality, document, goal),
    getFollowUpSchedule(municipality, document),
  ]);
  if (!g) return redirectOrNotFound(paths.goal(municipality, document, goal));
  return <GoalView goal={g} followUp={followUp} schedule={schedule} />;
}
