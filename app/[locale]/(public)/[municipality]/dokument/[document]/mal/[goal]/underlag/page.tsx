import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getGoal } from "@/lib/goals/queries";
import { getGoalFollowUp } from "@/lib/followup/queries";
import { GoalBrief } from "@/components/followup/Briefs";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";
import { paths } from "@/lib/paths";
import { routeParams } from "@/lib/route-params";
import { pageMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ municipality: string; document: string; goal: string }> };
export const generateStaticParams = async () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality, document, goal } = await routeParams(params);
  const [g, t, locale] = await Promise.all([getGoal(municipality, document, goal), getT(), getLocale()]);
  if (!g) return {};
  const metadata = pageMetadata(t, locale, {
    title: t("publicPages.briefTitle", { item: numbered(levelLabelsIn(t, locale, g.document).goalLabel, g.code) }),
    description: `${localized(g, "title", locale).text} – ${localized(g.document, "title", locale).text}`,
    path: paths.goalBrief(municipality, document, g.slug),
  });
  return { ...metadata, robots: { index: false } };
}

export default async function GoalBriefPage({ params }: Props) {
  const { municipality, document, goal } = await routeParams(params);
  const [g, followUp] = await Promise.all([getGoal(municipality, document, goal), getGoalFollowUp(municipality, document, goal)]);
  if (!g || !followUp) notFound();
  return <GoalBrief goal={g} followUp={followUp} />;
}
