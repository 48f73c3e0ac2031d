import { db } from "@/lib/db/client";
import type { ActionStatus, GoalAssessmentValue, IndicatorValueType } from "@/lib/generated/prisma/enums";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { publicAt, publicMunicipalItem, publicPeriod, publicPlanItem } from "@/lib/documents/visibility";
import { periodFields, periodRef, inPublishedPeriods, type PeriodRef } from "./queries";

export type GoalChange =
  | { kind: "assessment"; at: string; period: PeriodRef; assessment: GoalAssessmentValue }
  | { kind: "action"; at: string; period: PeriodRef; action: { label: string; title: string; href: string }; from: ActionStatus | null; to: ActionStatus }
  | { kind: "indicator"; at: string; indicator: string; year: number; value: number; valueType: IndicatorValueType };

/**
 * What changed on a goal's page since a date, as the public saw it: periods published since then (the
 * goal's assessment, and each serving action's status against its previous published one) and indicator
 * values added or changed since then. Newest first.
 */
async function goalChanges(m: string, d: string, slug: string, since: string) {
  const from = new Date(`${since}T00:00:00Z`);
  const goal = await db.goal.findFirst({
    where: { slug, ...publicAt.goal(m, d) },
    select: {
      assessments: { where: { period: { ...publicPeriod, publishedAt: { gte: from } } }, select: { assessment: true, period: periodFields } },
      actions: {
        where: { action: publicPlanItem },
        select: {
          action: {
            select: {
              slug: true,
              number: true,
              title: true,
              area: { select: { number: true } },
              document: { select: { slug: true, actionLabel: true } },
              followUps: { ...inPublishedPeriods, select: { status: true, period: periodFields } },
            },
          },
        },
      },
      indicators: {
        where: { indicator: publicMunicipalItem },
        select: {
          indicator: {
            select: {
              name: true,
              valueType: true,
              values: { where: { national: false, gender: "TOTAL", updatedAt: { gte: from } }, select: { year: true, value: true, updatedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!goal) return null;
  const changes: GoalChange[] = [
    ...goal.assessments.map((a): GoalChange => ({
      kind: "assessment",
      at: a.period.publishedAt!.toISOString(),
      period: periodRef(a.period),
      assessment: a.assessment,
    })),
    ...goal.actions.flatMap(({ action: a }) =>
      a.followUps.flatMap((f, i): GoalChange[] =>
        f.period.publishedAt && f.period.publishedAt >= from
          ? [
              {
                kind: "action",
                at: f.period.publishedAt.toISOString(),
                period: periodRef(f.period),
                action: {
                  label: `${a.document.actionLabel} ${[a.area.number, a.number].filter(Boolean).join(".")}`,
                  title: a.title,
                  href: paths.action(m, a.document.slug, a.slug),
                },
                from: a.followUps[i + 1]?.status ?? null,
                to: f.status,
              },
            ]
          : [],
      ),
    ),
    ...goal.indicators.flatMap(({ indicator: i }) =>
      i.values.flatMap((v): GoalChange[] =>
        v.value === null ? [] : [{ kind: "indicator", at: v.updatedAt.toISOString(), indicator: i.name, year: v.year, value: v.value, valueType: i.valueType }],
      ),
    ),
  ];
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}

export const getGoalChanges = cachedQuery(
  "goal-changes",
  (m: string, d: string, slug: string, _since: string) => [
    cacheTags.municipality(m),
    cacheTags.document(m, d),
    cacheTags.followUp(m),
    cacheTags.page(paths.goal(m, d, slug)),
  ],
  goalChanges,
);
