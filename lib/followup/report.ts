import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { isoDate } from "@/lib/labels";
import { publicDocument, publicPeriod, publicPlanItem, publicWithinParent } from "@/lib/documents/visibility";
import { assessmentCounts, progressOf } from "./progress";
import { periodRef } from "./queries";
import { bodyNames, documentLabels, responsibleBodies } from "./select";

const inPeriod = (periodId: number) => ({ where: { periodId } });

async function followUpReport(m: string, periodSlug: string) {
  const period = await db.followUpPeriod.findFirst({
    where: { slug: periodSlug, municipality: { slug: m }, ...publicPeriod },
    select: { id: true, slug: true, title: true, startsOn: true, endsOn: true, publishedAt: true, municipality: { select: { slug: true, name: true } } },
  });
  if (!period) return null;
  const periodId = period.id;
  const documents = await db.document.findMany({
    where: {
      municipality: { slug: m },
      // Current documents, and replaced ones only where this period followed them up.
      ...publicDocument,
      OR: [
        { status: { not: "REPLACED" } },
        { OR: [{ actions: { some: { followUps: { some: { periodId } } } } }, { goals: { some: { assessments: { some: { periodId } } } } }] },
      ],
    },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      translations: true,
      ...documentLabels,
      areas: {
        where: publicWithinParent,
        orderBy: { position: "asc" },
        select: {
          slug: true,
          number: true,
          title: true,
          translations: true,
          goals: {
            where: publicWithinParent,
            orderBy: { position: "asc" },
            select: {
              slug: true,
              code: true,
              title: true,
              translations: true,
              assessments: { ...inPeriod(periodId), select: { assessment: true, analysis: true } },
              actions: {
                where: { action: publicPlanItem },
                select: { action: { select: { followUps: { ...inPeriod(periodId), select: { status: true } } } } },
              },
            },
          },
          actions: {
            where: publicWithinParent,
            orderBy: { position: "asc" },
            select: {
              slug: true,
              number: true,
              title: true,
              translations: true,
              organisations: responsibleBodies,
              followUps: {
                ...inPeriod(periodId),
                select: { status: true, progress: true, reason: true, comment: true, responsiblePerson: true, reportedOn: true },
              },
            },
          },
        },
      },
    },
  });

  const report = documents
    .map(({ areas, ...doc }) => ({
      ...doc,
      areas: areas
        .filter((a) => a.goals.length > 0 || a.actions.length > 0)
        .map((a) => ({
          slug: a.slug,
          number: a.number,
          title: a.title,
          translations: a.translations,
          progress: a.actions.length > 0 ? progressOf(a.actions.map((x) => x.followUps[0]?.status ?? null)) : null,
          actions: a.actions.map((x) => {
            const f = x.followUps[0];
            return {
              slug: x.slug,
              code: [a.number, x.number].filter(Boolean).join("."),
              title: x.title,
              translations: x.translations,
              responsible: bodyNames(x.organisations),
              followUp: f ? { ...f, reportedOn: isoDate(f.reportedOn) } : null,
            };
          }),
          goals: a.goals.map((g) => ({
            slug: g.slug,
            code: g.code,
            title: g.title,
            translations: g.translations,
            assessment: g.assessments[0] ?? null,
            progress: g.actions.length > 0 ? progressOf(g.actions.map((l) => l.action.followUps[0]?.status ?? null)) : null,
          })),
        })),
    }))
    .filter((d) => d.areas.length > 0);

  const actions = report.flatMap((d) => d.areas.flatMap((a) => a.actions));
  const goals = report.flatMap((d) => d.areas.flatMap((a) => a.goals));
  return {
    municipality: period.municipality,
    period: { ...periodRef(period), startsOn: isoDate(period.startsOn), endsOn: isoDate(period.endsOn) },
    summary: {
      progress: progressOf(actions.map((x) => x.followUp?.status ?? null)),
      assessments: assessmentCounts(goals.map((g) => g.assessment?.assessment ?? null)),
      goals: goals.length,
    },
    documents: report,
  };
}

/**
 * A published period's report: summary figures (actions per status by the one progress rule, goals per
 * assessment), then per document, area and goal. The report page, its CSV and the feed read this.
 */
export const getFollowUpReport = cachedQuery(
  "follow-up-report",
  (m: string, _period: string) => [cacheTags.municipality(m), cacheTags.followUp(m), cacheTags.followUpReports(m)],
  followUpReport,
);

export type FollowUpReport = NonNullable<Awaited<ReturnType<typeof getFollowUpReport>>>;
