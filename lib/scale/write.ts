import type { PeriodStatus, Prisma } from "@/lib/generated/prisma/client";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import type { SyntheticDocument, SyntheticMunicipality } from "./generate";

type Tx = Prisma.TransactionClient;
export type RowCounts = Record<string, number>;

const byKey = <T extends { id: number }>(rows: T[], key: (row: T) => string) => new Map(rows.map((r) => [key(r), r.id]));
const need = <V>(map: Map<string, V>, key: string): V => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${key} saknas`);
  return value;
};

/**
 * Writes one synthetic municipality with multi-row inserts: about twenty statements whatever its
 * size, so a national data set takes minutes, not hours. Rows are matched to their generated ids
 * by natural keys, never by the order RETURNING happens to give.
 */
export async function writeMunicipality(tx: Tx, m: SyntheticMunicipality): Promise<RowCounts> {
  const counts: RowCounts = {};
  const add = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);
  const count = async (table: string, insert: PromiseLike<{ count: number }>) => add(table, (await insert).count);

  const { id: municipalityId } = await tx.municipality.create({
    data: { slug: m.slug, name: m.name, shortName: m.name, code: m.code, intro: m.intro },
    select: { id: true },
  });
  add("Municipality", 1);

  const organisations = byKey(
    await tx.organisation.createManyAndReturn({ data: m.organisations.map((o) => ({ ...o, municipalityId })), select: { id: true, slug: true } }),
    (o) => o.slug,
  );
  add("Organisation", organisations.size);

  const strategyId = await createDocument(tx, municipalityId, m.strategy, 0, null);
  const planId = await createDocument(tx, municipalityId, m.plan, 1, strategyId);
  const documents = [
    { id: strategyId, doc: m.strategy },
    { id: planId, doc: m.plan },
  ];
  add("Document", 2);

  const sections = documents.flatMap(({ id, doc }) => doc.sections.map((s, position) => ({ documentId: id, position, heading: s.heading, body: s.body })));
  await count("DocumentSection", tx.documentSection.createMany({ data: sections }));

  const areaRows = documents.flatMap(({ id, doc }) =>
    doc.areas.map((a, position) => ({
      documentId: id,
      slug: a.slug,
      number: a.number,
      title: a.title,
      subtitle: a.subtitle,
      direction: a.direction,
      focus: a.focus,
      position,
    })),
  );
  const areas = byKey(
    await tx.area.createManyAndReturn({ data: areaRows, select: { id: true, documentId: true, slug: true } }),
    (a) => `${a.documentId}/${a.slug}`,
  );
  const areaId = (documentId: number, slug: string) => need(areas, `${documentId}/${slug}`);
  add("Area", areas.size);

  const goals = byKey(
    await tx.goal.createManyAndReturn({
      data: m.strategy.areas.flatMap((a) =>
        a.goals.map((g, position) => ({
          documentId: strategyId,
          areaId: areaId(strategyId, a.slug),
          slug: g.slug,
          code: g.code,
          title: g.title,
          text: g.text,
          position,
        })),
      ),
      select: { id: true, code: true },
    }),
    (g) => g.code,
  );
  const goalId = (code: string) => need(goals, code);
  add("Goal", goals.size);

  const actions = byKey(
    await tx.action.createManyAndReturn({
      data: m.plan.areas.flatMap((a) =>
        a.actions.map((x, position) => ({
          documentId: planId,
          areaId: areaId(planId, a.slug),
          slug: x.slug,
          number: x.number,
          title: x.title,
          text: x.text,
          position,
        })),
      ),
      select: { id: true, slug: true },
    }),
    (a) => a.slug,
  );
  const actionId = (slug: string) => need(actions, slug);
  add("Action", actions.size);

  const strategyGoals = m.strategy.areas.flatMap((a) => a.goals);
  const planActions = m.plan.areas.flatMap((a) => a.actions);
  const allAreas = documents.flatMap(({ id, doc }) => doc.areas.map((a) => ({ id: areaId(id, a.slug), area: a })));

  await count(
    "AreaAgendaGoal",
    tx.areaAgendaGoal.createMany({ data: allAreas.flatMap(({ id, area }) => area.agenda2030.map((goalNumber) => ({ areaId: id, goalNumber }))) }),
  );
  await count(
    "AreaPublicHealth",
    tx.areaPublicHealth.createMany({
      data: allAreas.flatMap(({ id, area }) => area.publicHealth.map((publicHealthArea) => ({ areaId: id, publicHealthArea }))),
    }),
  );
  await count(
    "GoalAgendaGoal",
    tx.goalAgendaGoal.createMany({ data: strategyGoals.flatMap((g) => g.agenda2030.map((goalNumber) => ({ goalId: goalId(g.code), goalNumber }))) }),
  );
  await count(
    "GoalPublicHealth",
    tx.goalPublicHealth.createMany({
      data: strategyGoals.flatMap((g) => g.publicHealth.map((publicHealthArea) => ({ goalId: goalId(g.code), publicHealthArea }))),
    }),
  );
  await count(
    "ActionAgendaGoal",
    tx.actionAgendaGoal.createMany({ data: planActions.flatMap((x) => x.agenda2030.map((goalNumber) => ({ actionId: actionId(x.slug), goalNumber }))) }),
  );
  await count(
    "ActionGoal",
    tx.actionGoal.createMany({ data: planActions.flatMap((x) => x.goals.map((code) => ({ actionId: actionId(x.slug), goalId: goalId(code) }))) }),
  );
  const roles = planActions.flatMap((x) => [
    ...x.responsible.map((slug) => ({ actionId: actionId(x.slug), organisationId: need(organisations, slug), role: "RESPONSIBLE" as const })),
    ...x.partners.map((slug) => ({ actionId: actionId(x.slug), organisationId: need(organisations, slug), role: "PARTNER" as const })),
  ]);
  await count("ActionOrganisation", tx.actionOrganisation.createMany({ data: roles }));

  const strategyGoalIds = strategyGoals.map((g) => goalId(g.code));
  const followUpCounts = await writeFollowUp(tx, municipalityId, {
    periods: m.periods.map((p) => ({ ...p, status: "PUBLISHED" })),
    followUps: planActions.flatMap((x) => x.followUps.map((f) => ({ ...f, actionId: actionId(x.slug) }))),
    assessments: strategyGoals.flatMap((g, i) => g.assessments.map((a) => ({ ...a, goalId: strategyGoalIds[i]! }))),
    indicators: m.indicators.map(({ goals: codes, ...i }) => ({
      ...i,
      source: "Syntetiska testdata",
      goalIds: codes.map(goalId),
      values: i.values.map((v) => ({ ...v, source: "MANUAL" as const })),
    })),
  });
  for (const [table, n] of Object.entries(followUpCounts)) add(table, n);
  return counts;
}

async function createDocument(tx: Tx, municipalityId: number, doc: SyntheticDocument, position: number, concretisesId: number | null) {
  const { id } = await tx.document.create({
    data: {
      municipalityId,
      slug: doc.slug,
      kind: doc.kind,
      title: doc.title,
      summary: doc.summary,
      registrationNumber: doc.registrationNumber,
      adoptedBy: "Kommunfullmäktige",
      adoptedOn: doc.adoptedOn,
      validUntil: doc.validUntil,
      responsible: "Kommunstyrelsen",
      periodStart: doc.periodStart,
      periodEnd: doc.periodEnd,
      ...levelLabelColumns(defaultLevelLabels(doc.kind === "STRATEGY" ? "strategy" : "action_plan")),
      concretisesId,
      position,
    },
    select: { id: true },
  });
  return id;
}

/** Follow-up in the shape both the synthetic set and the demo's follow-up file give it: ids resolved, periods by slug. */
export type FollowUpSet = {
  periods: { slug: string; title: string; startsOn: Date; endsOn: Date; status: PeriodStatus; publishedAt: Date | null }[];
  followUps: (Omit<Prisma.ActionFollowUpCreateManyInput, "periodId"> & { period: string })[];
  assessments: (Omit<Prisma.GoalAssessmentCreateManyInput, "periodId"> & { period: string })[];
  indicators: (Omit<Prisma.IndicatorCreateManyInput, "municipalityId" | "position"> & {
    slug: string;
    goalIds: number[];
    values: Omit<Prisma.IndicatorValueCreateManyInput, "indicatorId">[];
  })[];
};

/** Writes a municipality's periods, follow-ups, assessments and indicators with a handful of multi-row inserts. */
export async function writeFollowUp(tx: Tx, municipalityId: number, set: FollowUpSet): Promise<RowCounts> {
  const counts: RowCounts = {};
  const count = async (table: string, insert: PromiseLike<{ count: number }>) => (counts[table] = (await insert).count);
  const periods = byKey(
    await tx.followUpPeriod.createManyAndReturn({ data: set.periods.map((p) => ({ ...p, municipalityId })), select: { id: true, slug: true } }),
    (p) => p.slug,
  );
  counts.FollowUpPeriod = periods.size;
  await count("ActionFollowUp", tx.actionFollowUp.createMany({ data: set.followUps.map(({ period, ...f }) => ({ ...f, periodId: need(periods, period) })) }));
  await count("GoalAssessment", tx.goalAssessment.createMany({ data: set.assessments.map(({ period, ...a }) => ({ ...a, periodId: need(periods, period) })) }));
  const indicators = byKey(
    await tx.indicator.createManyAndReturn({
      data: set.indicators.map(({ goalIds: _goals, values: _values, ...i }, position) => ({ ...i, municipalityId, position })),
      select: { id: true, slug: true },
    }),
    (i) => i.slug,
  );
  counts.Indicator = indicators.size;
  const indicatorId = (slug: string) => need(indicators, slug);
  await count(
    "IndicatorGoal",
    tx.indicatorGoal.createMany({ data: set.indicators.flatMap((i) => i.goalIds.map((goalId) => ({ indicatorId: indicatorId(i.slug), goalId }))) }),
  );
  await count(
    "IndicatorValue",
    tx.indicatorValue.createMany({ data: set.indicators.flatMap((i) => i.values.map((v) => ({ ...v, indicatorId: indicatorId(i.slug) }))) }),
  );
  return counts;
}
