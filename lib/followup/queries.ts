import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { isoDate } from "@/lib/labels";
import { publicAt, publicDocument, publicMunicipalItem, publicPeriod, publicPlanItem, publicWithinParent } from "@/lib/documents/visibility";
import { indicatorSelect, indicatorView } from "@/lib/indicators/series";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { progressOf } from "./progress";
import { bodyNames, responsibleBodies } from "./select";

/**
 * Read models of published follow-up for the public pages (and the coordinators' preview, which shows
 * the same): only periods an administrator has published are ever read here. Results are plain JSON.
 */

export const newestFirst = [{ endsOn: "desc" }, { id: "desc" }] satisfies Prisma.FollowUpPeriodOrderByWithRelationInput[];
export const periodFields = { select: { slug: true, title: true, publishedAt: true } } as const;

export type PeriodRef = { slug: string; title: string; publishedAt: string | null };
export const periodRef = (p: { slug: string; title: string; publishedAt: Date | null }): PeriodRef => ({
  slug: p.slug,
  title: p.title,
  publishedAt: p.publishedAt?.toISOString() ?? null,
});

/** Published rows of an action or goal, newest period first. */
export const inPublishedPeriods = { where: { period: publicPeriod }, orderBy: { period: { endsOn: "desc" } } } as const;

/** When an item was last followed up, and whether the latest published period lacks it. */
export type FollowUpState = { latest: PeriodRef | null; last: PeriodRef | null; missingInLatest: boolean };

function stateOf(latest: PeriodRef | null, newest: PeriodRef | undefined): FollowUpState {
  const last = newest ?? null;
  return { latest, last, missingInLatest: latest !== null && last?.slug !== latest.slug };
}

async function latestPeriod(m: string) {
  return db.followUpPeriod.findFirst({
    where: { municipality: { slug: m }, ...publicPeriod },
    orderBy: newestFirst,
    select: { id: true, ...periodFields.select },
  });
}

const followUpTags = (m: string, d: string, page?: string) => [
  cacheTags.municipality(m),
  cacheTags.document(m, d),
  cacheTags.followUp(m),
  ...(page ? [cacheTags.page(page)] : []),
];

/** Where the coordinators' preview finds an item: by id, in their municipality. */
const byId = (municipalityId: number, id: number) => ({ id, document: { municipalityId } });

// ── Actions ───────────────────────────────────────────────────────────────────────────────────

async function actionFollowUp(m: string, where: Prisma.ActionWhereInput) {
  const [latest, action] = await Promise.all([
    latestPeriod(m),
    db.action.findFirst({
      where,
      select: {
        followUps: {
          ...inPublishedPeriods,
          select: { status: true, progress: true, reason: true, comment: true, responsiblePerson: true, reportedOn: true, period: periodFields },
        },
      },
    }),
  ]);
  if (!action) return null;
  const entries = action.followUps.map((f) => ({ ...f, reportedOn: isoDate(f.reportedOn), period: periodRef(f.period) }));
  return { ...stateOf(latest && periodRef(latest), entries[0]?.period), entries };
}

/** An action's follow-up: the latest status and comment, and its history per published period. */
export const getActionFollowUp = cachedQuery(
  "action-follow-up",
  (m: string, d: string, _slug: string) => followUpTags(m, d),
  (m: string, d: string, slug: string) => actionFollowUp(m, { slug, ...publicAt.action(m, d) }),
);
export const getActionFollowUpPreview = (m: string, municipalityId: number, id: number) => actionFollowUp(m, byId(municipalityId, id));

export type ActionFollowUpData = NonNullable<Awaited<ReturnType<typeof getActionFollowUp>>>;

// ── Goals ─────────────────────────────────────────────────────────────────────────────────────

const latestStatus = { ...inPublishedPeriods, take: 1, select: { status: true, progress: true, comment: true, period: periodFields } } as const;

/** Key of an action in a goal's list, which may hold actions of several documents. */
export const actionKey = (documentSlug: string, actionSlug: string) => `${documentSlug}/${actionSlug}`;

async function goalFollowUp(m: string, where: Prisma.GoalWhereInput) {
  const [latest, goal] = await Promise.all([
    latestPeriod(m),
    db.goal.findFirst({
      where,
      select: {
        assessments: { ...inPublishedPeriods, select: { assessment: true, analysis: true, period: periodFields } },
        actions: {
          where: { action: publicPlanItem },
          select: { action: { select: { slug: true, document: { select: { slug: true } }, followUps: latestStatus } } },
        },
        indicators: { where: { indicator: publicMunicipalItem }, orderBy: { indicator: { position: "asc" } }, select: { indicator: indicatorSelect } },
      },
    }),
  ]);
  if (!goal) return null;
  const latestRef = latest && periodRef(latest);
  const assessments = goal.assessments.map((a) => ({ ...a, period: periodRef(a.period) }));
  const actions = Object.fromEntries(
    goal.actions.map(({ action: a }) => {
      const f = a.followUps[0];
      return [actionKey(a.document.slug, a.slug), f ? { ...f, period: periodRef(f.period) } : null];
    }),
  );
  const inLatest = Object.values(actions).map((f) => (f && f.period.slug === latestRef?.slug ? f.status : null));
  return {
    ...stateOf(latestRef, assessments[0]?.period),
    assessments,
    actions,
    progress: latestRef ? progressOf(inLatest) : null,
    indicators: goal.indicators.map((l) => indicatorView(l.indicator)),
  };
}

/** A goal's assessment over time, the latest status of every action serving it, and its indicators. */
export const getGoalFollowUp = cachedQuery(
  "goal-follow-up",
  (m: string, d: string, slug: string) => followUpTags(m, d, paths.goal(m, d, slug)),
  (m: string, d: string, slug: string) => goalFollowUp(m, { slug, ...publicAt.goal(m, d) }),
);
export const getGoalFollowUpPreview = (m: string, municipalityId: number, id: number) => goalFollowUp(m, byId(municipalityId, id));

export type GoalFollowUpData = NonNullable<Awaited<ReturnType<typeof getGoalFollowUp>>>;

// ── Areas and documents: progress by the one rule ────────────────────────────────────────────

const actionsInPeriod = (periodId: number) =>
  ({ where: publicWithinParent, orderBy: { position: "asc" }, select: { slug: true, followUps: { where: { periodId }, select: { status: true } } } }) as const;

const progressOfActions = (actions: { followUps: { status: ActionStatus }[] }[]) => progressOf(actions.map((a) => a.followUps[0]?.status ?? null));

async function areaProgress(m: string, where: Prisma.AreaWhereInput) {
  const latest = await latestPeriod(m);
  if (!latest) return null;
  const periodId = latest.id;
  const area = await db.area.findFirst({
    where,
    select: {
      actions: {
        where: publicWithinParent,
        orderBy: { position: "asc" },
        select: {
          slug: true,
          organisations: responsibleBodies,
          followUps: { where: { periodId }, select: { status: true, progress: true, comment: true } },
        },
      },
      goals: { where: publicWithinParent, select: { slug: true, assessments: { where: { periodId }, select: { assessment: true, analysis: true } } } },
    },
  });
  if (!area) return null;
  return {
    period: periodRef(latest),
    progress: progressOfActions(area.actions),
    actions: Object.fromEntries(area.actions.map((a) => [a.slug, { followUp: a.followUps[0] ?? null, responsible: bodyNames(a.organisations) }])),
    goals: Object.fromEntries(area.goals.map((g) => [g.slug, g.assessments[0] ?? null])),
  };
}

/** An area's progress in the latest published period, each of its actions' follow-up and each goal's assessment there. */
export const getAreaProgress = cachedQuery(
  "area-progress",
  (m: string, d: string, _slug: string) => followUpTags(m, d),
  (m: string, d: string, slug: string) => areaProgress(m, { slug, ...publicAt.area(m, d) }),
);
export const getAreaProgressPreview = (m: string, municipalityId: number, id: number) => areaProgress(m, byId(municipalityId, id));

export type AreaProgressData = NonNullable<Awaited<ReturnType<typeof getAreaProgress>>>;

async function documentProgress(m: string, where: Prisma.DocumentWhereInput) {
  const latest = await latestPeriod(m);
  if (!latest) return null;
  const document = await db.document.findFirst({
    where,
    select: { areas: { where: publicWithinParent, orderBy: { position: "asc" }, select: { slug: true, actions: actionsInPeriod(latest.id) } } },
  });
  if (!document) return null;
  const all = document.areas.flatMap((a) => a.actions);
  if (all.length === 0) return null;
  return {
    period: periodRef(latest),
    progress: progressOfActions(all),
    areas: Object.fromEntries(document.areas.filter((a) => a.actions.length > 0).map((a) => [a.slug, progressOfActions(a.actions)])),
  };
}

/** A plan's progress in the latest published period, in total and per area. */
export const getDocumentProgress = cachedQuery(
  "document-progress",
  (m: string, d: string) => followUpTags(m, d),
  (m: string, d: string) => documentProgress(m, { slug: d, municipality: { slug: m }, ...publicDocument }),
);
export const getDocumentProgressPreview = (m: string, municipalityId: number, id: number) => documentProgress(m, { id, municipalityId });

export type DocumentProgressData = NonNullable<Awaited<ReturnType<typeof getDocumentProgress>>>;

// ── Periods ───────────────────────────────────────────────────────────────────────────────────

/** A municipality's published periods, newest first (the reports' index, feed and links). */
export const listPublishedPeriods = cachedQuery(
  "published-periods",
  (m: string) => [cacheTags.municipality(m), cacheTags.followUp(m)],
  async (m: string) =>
    (
      await db.followUpPeriod.findMany({
        where: { municipality: { slug: m }, ...publicPeriod },
        orderBy: newestFirst,
        select: { ...periodFields.select, startsOn: true, endsOn: true },
      })
    ).map((p) => ({ ...periodRef(p), startsOn: isoDate(p.startsOn), endsOn: isoDate(p.endsOn) })),
);
