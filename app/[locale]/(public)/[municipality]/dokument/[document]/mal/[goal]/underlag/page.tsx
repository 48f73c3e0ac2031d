import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getGoal } from "@/lib/goals/queries";
import { getGoalFollowUp } from "@/lib/followup/queries";
import { GoalBrief } from "@/components/followup/Briefs";
import { numbered } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; document: string; goal: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, goal } = await routeParams(params);
  const g = await getGoal(municipality, document, goal);
  return g
    ? {
        title: `${sv.followUp.brief.kicker}: ${numbered(g.document.goalLabel, g.code)}`,
        description: `${g.title} – ${g.document.title}`,
        robots: { index: false },
      }
    : {};
}

export default async function GoalBriefPage({ params }: Props) {
  const { municipality, document, goal } = await routeParams(params);
  const [g, followUp] = await Promise.all([getGoal(municipality, document, goal), getGoalFollowUp(municipality, document, goal)]);
  if (!g || !followUp) notFound();
  return <GoalBrief goal={g} followUp={followUp} />;
}
