import { db } from "@/lib/db/client";
import type { ActionStatus, GoalAssessmentValue, IndicatorValueType } from "@/lib/generated/prisma/enums";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { planItemWasPublic, publicAt, publicMunicipalItem, publicPeriod, publicPlanItem, type StatusChange } from "@/lib/documents/visibility";
import type { FieldChange } from "@/lib/revisions/diff";
import { periodFields, periodRef, inPublishedPeriods, type PeriodRef } from "./queries";

/**
 * The goal or an action serving it, as a change names it: the document's own (Swedish) level name and
 * number, and the title with its translations; the reader's language picks (lib/followup/describe-change.ts).
 */
export type ChangeSubject = { level: "goal" | "action"; label: string; number: string; title: string; translations: unknown; href: string };

/** Fields of a goal's or action's snapshot that residents see on its page, by the name a change gives them. */
export const publicFields = [
  "title",
  "text",
  "code",
  "number",
  "goalIds",
  "responsibleIds",
  "partnerIds",
  "agenda2030",
  "publicHealth",
  "areaId",
  "slug",
  // Any of the Finnish and English texts (revision fields `translations.en.title` and the like).
  "translations",
] as const;
export type PublicField = (typeof publicFields)[number];

const changesField = (field: PublicField, change: FieldChange) =>
  field === "translations" ? change.field.startsWith("translations.") : change.field === field;

export type GoalChange =
  | { kind: "edit"; at: string; subject: ChangeSubject; fields: PublicField[]; title: string | null }
  | { kind: "published"; at: string; subject: ChangeSubject }
  | { kind: "assessment"; at: string; period: PeriodRef; assessment: GoalAssessmentValue }
  | { kind: "action"; at: string; period: PeriodRef; action: ChangeSubject; from: ActionStatus | null; to: ActionStatus }
  | { kind: "indicator"; at: string; indicator: string; year: number; value: number; valueType: IndicatorValueType };

const chainSelect = { status: true, area: { select: { id: true, status: true } }, document: { select: { id: true, status: true } } } as const;
type Chain = { id: number; status: string; area: { id: number; status: string }; document: { id: number; status: string } };

/** Every status change of these goals and actions and of their areas and documents, by record. */
async function statusChanges(items: { type: "goal" | "action"; row: Chain }[]) {
  const keys = [
    ...items.map((i) => ({ entityType: i.type, entityId: i.row.id })),
    ...items.map((i) => ({ entityType: "area", entityId: i.row.area.id })),
    ...items.map((i) => ({ entityType: "document", entityId: i.row.document.id })),
  ];
  const rows = await db.revision.findMany({
    where: { OR: keys, changes: { array_contains: [{ field: "status" }] } },
    select: { entityType: true, entityId: true, createdAt: true, changes: true },
  });
  const byRecord = new Map<string, StatusChange[]>();
  for (const r of rows) {
    const change = (r.changes as FieldChange[]).find((c) => c.field === "status");
    if (!change) continue;
    const key = `${r.entityType}/${r.entityId}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), { at: r.createdAt, before: String(change.before), after: String(change.after) }]);
  }
  return (type: string, id: number) => byRecord.get(`${type}/${id}`) ?? [];
}

/**
 * Published text, status and link changes of the goal and the actions serving it since a date: only
 * revisions made while the record was public by the whole chain (lib/documents/visibility.ts), so an
 * edit of a draft never shows, nor its text; publishing shows as such, without the draft's history.
 */
async function revisionChanges(items: { type: "goal" | "action"; row: Chain; subject: ChangeSubject }[], from: Date): Promise<GoalChange[]> {
  if (items.length === 0) return [];
  const [revisions, changesOf] = await Promise.all([
    db.revision.findMany({
      where: { OR: items.map((i) => ({ entityType: i.type, entityId: i.row.id })), createdAt: { gte: from }, kind: { in: ["UPDATE", "RESTORE", "PUBLISH"] } },
      orderBy: { createdAt: "desc" },
      select: { entityType: true, entityId: true, createdAt: true, changes: true },
    }),
    statusChanges(items),
  ]);
  return revisions.flatMap((r): GoalChange[] => {
    const item = items.find((i) => i.type === r.entityType && i.row.id === r.entityId)!;
    const chain = {
      item: [item.row.status, changesOf(item.type, item.row.id)] as [string, StatusChange[]],
      area: [item.row.area.status, changesOf("area", item.row.area.id)] as [string, StatusChange[]],
      document: [item.row.document.status, changesOf("document", item.row.document.id)] as [string, StatusChange[]],
    };
    const changes = r.changes as FieldChange[];
    const at = r.createdAt.toISOString();
    if (changes.some((c) => c.field === "status")) {
      // A status change is seen by the public when the record was public just after it: a publication.
      return planItemWasPublic(chain, new Date(r.createdAt.getTime() + 1)) && !planItemWasPublic(chain, new Date(r.createdAt.getTime() - 1))
        ? [{ kind: "published", at, subject: item.subject }]
        : [];
    }
    if (!planItemWasPublic(chain, r.createdAt)) return [];
    const fields = publicFields.filter((f) => changes.some((c) => changesField(f, c)));
    if (fields.length === 0) return [];
    const title = changes.find((c) => c.field === "title")?.after;
    return [{ kind: "edit", at, subject: item.subject, fields, title: typeof title === "string" ? title : null }];
  });
}

/**
 * What changed on a goal's page since a date, as the public saw it: published edits of the goal and of
 * the actions serving it (text, links, publication), periods published since then (the goal's
 * assessment, and each serving action's status against its previous published one) and indicator
 * values added or changed since then. Newest first.
 */
async function goalChanges(m: string, d: string, slug: string, since: string) {
  const from = new Date(`${since}T00:00:00Z`);
  const goal = await db.goal.findFirst({
    where: { slug, ...publicAt.goal(m, d) },
    select: {
      id: true,
      code: true,
      title: true,
      translations: true,
      ...chainSelect,
      document: { select: { id: true, status: true, goalLabel: true } },
      assessments: { where: { period: { ...publicPeriod, publishedAt: { gte: from } } }, select: { assessment: true, period: periodFields } },
      actions: {
        where: { action: publicPlanItem },
        select: {
          action: {
            select: {
              id: true,
              ...chainSelect,
              slug: true,
              number: true,
              title: true,
              translations: true,
              area: { select: { id: true, status: true, number: true } },
              document: { select: { id: true, status: true, slug: true, actionLabel: true } },
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
  const actionSubject = (a: (typeof goal.actions)[number]["action"]): ChangeSubject => ({
    level: "action",
    label: a.document.actionLabel,
    number: [a.area.number, a.number].filter(Boolean).join("."),
    title: a.title,
    translations: a.translations,
    href: paths.action(m, a.document.slug, a.slug),
  });
  const goalSubject: ChangeSubject = {
    level: "goal",
    label: goal.document.goalLabel,
    number: goal.code,
    title: goal.title,
    translations: goal.translations,
    href: paths.goal(m, d, slug),
  };
  const edits = await revisionChanges(
    [
      { type: "goal" as const, row: goal, subject: goalSubject },
      ...goal.actions.map(({ action: a }) => ({ type: "action" as const, row: a, subject: actionSubject(a) })),
    ],
    from,
  );
  const changes: GoalChange[] = [
    ...edits,
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
                action: actionSubject(a),
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
