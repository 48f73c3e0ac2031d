import { z } from "zod";
import { db } from "@/lib/db/client";
import { absoluteUrl } from "@/lib/xml";
import { paths } from "@/lib/paths";
import { isoDate } from "@/lib/labels";
import { isPublicStatus, publicArea, publicDocument, publicMunicipalItem, publicPeriod, publicPlanItem, publicSql } from "@/lib/documents/visibility";
import { actionStatuses, type params, type ParsedParams } from "@/lib/filters/schema";
import type { Paging } from "@/lib/filters/paging";
import { DocumentKind, Gender, GoalAssessmentValue, IndicatorValueType, ValueSource } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openDataTranslations, openDataTranslationsSchema } from "@/lib/translations/schema";
import type { MessageKey } from "@/lib/i18n/message";

/**
 * The open-data lists (docs/decisions/012-open-data-api.md). Each names its filters (the same
 * query parameters as the pages), describes one row with a zod schema — the single source of the
 * JSON Schema in the OpenAPI description, the CSV columns and the tests — and loads one page of
 * public rows, ordered by their stable id.
 */

export type FilterName = "kommun" | "dokument" | "omrade" | "agenda" | "status" | "period" | "indikator";
type Filters = ParsedParams<Pick<typeof params, FilterName>>;

export type Dataset = {
  name: string;
  /** Catalogue keys: the open-data page, the DCAT catalogue and the OpenAPI description say them in their language. */
  title: MessageKey;
  description: MessageKey;
  filters: FilterName[];
  record: z.ZodObject;
  load(filters: Filters, page: Paging): Promise<{ rows: Record<string, unknown>[]; total: number }>;
};

const date = (d: Date | null) => (d ? isoDate(d) : null);

const id = z.int().positive().meta({ description: "Stabil identitet" });
const slug = z.string().meta({ description: "Kortadress, del av sidans adress" });
const nullableText = z.string().nullable();
const day = z.iso.date().nullable();
const agenda2030 = z.array(z.int().min(1).max(17)).meta({ description: "Globala mål i Agenda 2030 som raden är kopplad till" });
const updatedAt = z.iso.datetime().meta({ description: "Senast ändrad (UTC)" });
const url = z.url().meta({ description: "Sidan i portalen" });
const municipality = z.string().meta({ description: "Kommunens kortadress" });

// ── Scopes: what the public may see, narrowed by the filters ────────────────────────────────────

const documentScope = (f: Filters): Prisma.DocumentWhereInput => ({
  ...publicDocument,
  ...(f.kommun ? { municipality: { slug: f.kommun } } : {}),
  ...(f.dokument ? { slug: f.dokument } : {}),
});
const areaScope = (f: Filters): Prisma.AreaWhereInput => ({ ...publicArea, document: documentScope(f), ...(f.omrade ? { slug: f.omrade } : {}) });
/** Goals and actions: published, in a published area of a public document. */
const itemScope = (f: Filters) => ({ ...publicPlanItem, area: areaScope(f) });
const linkedTo = (f: Filters) => (f.agenda ? { agenda2030: { some: { goalNumber: f.agenda } } } : {});
const publishedPeriod = (f: Filters): Prisma.FollowUpPeriodWhereInput => ({ ...publicPeriod, ...(f.period ? { slug: f.period } : {}) });
const agendaNumbers = { agenda2030: { select: { goalNumber: true }, orderBy: { goalNumber: "asc" } } } as const;
const numbers = (links: { goalNumber: number }[]) => links.map((l) => l.goalNumber);
const latestFollowUp = { where: { period: publicPeriod }, orderBy: { period: { endsOn: "desc" } }, take: 1, select: { status: true } } as const;

/** Actions whose latest published follow-up has this status (raw SQL: "latest" is not a Prisma filter). */
async function actionsWithLatestStatus(status: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT latest."actionId" AS id FROM (
      SELECT DISTINCT ON (f."actionId") f."actionId", f.status::text AS status
      FROM "ActionFollowUp" f JOIN "FollowUpPeriod" p ON p.id = f."periodId"
      WHERE ${publicSql.period("p")} ORDER BY f."actionId", p."endsOn" DESC, p.id DESC
    ) latest WHERE latest.status = ${status}`;
  return rows.map((r) => r.id);
}

async function page<T>(findMany: (args: { skip: number; take: number; orderBy: { id: "asc" } }) => Promise<T[]>, count: () => Promise<number>, p: Paging) {
  const [rows, total] = await Promise.all([findMany({ skip: p.offset, take: p.perPage, orderBy: { id: "asc" } }), count()]);
  return { rows, total };
}

const municipalities: Dataset = {
  name: "municipalities",
  title: "openData.datasets.municipalities.title",
  description: "openData.datasets.municipalities.description",
  filters: ["kommun"],
  record: z.object({ id, slug, name: z.string(), shortName: z.string(), code: z.string().meta({ description: "Kommunkod (SCB)" }), url }),
  async load(f, p) {
    const where = f.kommun ? { slug: f.kommun } : {};
    const { rows, total } = await page(
      (a) => db.municipality.findMany({ ...a, where, select: { id: true, slug: true, name: true, shortName: true, code: true } }),
      () => db.municipality.count({ where }),
      p,
    );
    return { total, rows: rows.map((m) => ({ ...m, url: absoluteUrl(paths.municipality(m.slug)) })) };
  },
};

const documents: Dataset = {
  name: "documents",
  title: "openData.datasets.documents.title",
  description: "openData.datasets.documents.description",
  filters: ["kommun", "dokument"],
  record: z.object({
    id,
    municipality,
    slug,
    kind: z.enum(Object.values(DocumentKind)),
    status: z.enum(["PUBLISHED", "REPLACED"]),
    title: z.string(),
    subtitle: nullableText,
    summary: z.string(),
    registrationNumber: nullableText,
    adoptedBy: nullableText,
    adoptedOn: day,
    validUntil: day,
    reviewBy: day,
    responsible: nullableText,
    periodStart: z.int().nullable(),
    periodEnd: z.int().nullable(),
    concretisesId: z.int().nullable().meta({ description: "Styrdokumentet som detta konkretiserar" }),
    translations: openDataTranslationsSchema("document"),
    updatedAt,
    url,
  }),
  async load(f, p) {
    const where = documentScope(f);
    const { rows, total } = await page(
      (a) => db.document.findMany({ ...a, where, include: { municipality: { select: { slug: true } }, concretises: { select: { id: true, status: true } } } }),
      () => db.document.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((d) => ({
        id: d.id,
        municipality: d.municipality.slug,
        slug: d.slug,
        kind: d.kind,
        status: d.status,
        title: d.title,
        subtitle: d.subtitle,
        summary: d.summary,
        registrationNumber: d.registrationNumber,
        adoptedBy: d.adoptedBy,
        adoptedOn: date(d.adoptedOn),
        validUntil: date(d.validUntil),
        reviewBy: date(d.reviewBy),
        responsible: d.responsible,
        periodStart: d.periodStart,
        periodEnd: d.periodEnd,
        concretisesId: d.concretises && isPublicStatus(d.concretises.status) ? d.concretises.id : null,
        translations: openDataTranslations("document", d.translations),
        updatedAt: d.updatedAt.toISOString(),
        url: absoluteUrl(paths.document(d.municipality.slug, d.slug)),
      })),
    };
  },
};

const documentPlace = { select: { slug: true, municipality: { select: { slug: true } } } } as const;

/** The columns areas, goals and actions share: identity and place first, links and address last. */
const itemHead = { id, municipality, documentId: z.int(), document: slug, slug };
const itemTail = { agenda2030, updatedAt, url };
type Item = {
  id: number;
  documentId: number;
  slug: string;
  updatedAt: Date;
  agenda2030: { goalNumber: number }[];
  document: { slug: string; municipality: { slug: string } };
};

function itemValues(x: Item, path: (m: string, d: string, slug: string) => string) {
  const [m, d] = [x.document.municipality.slug, x.document.slug];
  return {
    head: { id: x.id, municipality: m, documentId: x.documentId, document: d, slug: x.slug },
    tail: { agenda2030: numbers(x.agenda2030), updatedAt: x.updatedAt.toISOString(), url: absoluteUrl(path(m, d, x.slug)) },
  };
}

const areas: Dataset = {
  name: "areas",
  title: "openData.datasets.areas.title",
  description: "openData.datasets.areas.description",
  filters: ["kommun", "dokument", "omrade", "agenda"],
  record: z.object({
    ...itemHead,
    number: nullableText,
    title: z.string(),
    subtitle: nullableText,
    translations: openDataTranslationsSchema("area"),
    ...itemTail,
  }),
  async load(f, p) {
    const where = { ...areaScope(f), ...linkedTo(f) };
    const { rows, total } = await page(
      (a) => db.area.findMany({ ...a, where, include: { document: documentPlace, ...agendaNumbers } }),
      () => db.area.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((x) => {
        const { head, tail } = itemValues(x, paths.area);
        return { ...head, number: x.number, title: x.title, subtitle: x.subtitle, translations: openDataTranslations("area", x.translations), ...tail };
      }),
    };
  },
};

const goals: Dataset = {
  name: "goals",
  title: "openData.datasets.goals.title",
  description: "openData.datasets.goals.description",
  filters: ["kommun", "dokument", "omrade", "agenda"],
  record: z.object({
    ...itemHead,
    areaId: z.int(),
    code: z.string(),
    title: z.string(),
    text: nullableText,
    translations: openDataTranslationsSchema("goal"),
    ...itemTail,
  }),
  async load(f, p) {
    const where = { ...itemScope(f), ...linkedTo(f) };
    const { rows, total } = await page(
      (a) => db.goal.findMany({ ...a, where, include: { document: documentPlace, ...agendaNumbers } }),
      () => db.goal.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((x) => {
        const { head, tail } = itemValues(x, paths.goal);
        return { ...head, areaId: x.areaId, code: x.code, title: x.title, text: x.text, translations: openDataTranslations("goal", x.translations), ...tail };
      }),
    };
  },
};

const actions: Dataset = {
  name: "actions",
  title: "openData.datasets.actions.title",
  description: "openData.datasets.actions.description",
  filters: ["kommun", "dokument", "omrade", "agenda", "status"],
  record: z.object({
    ...itemHead,
    areaId: z.int(),
    number: z.string(),
    title: z.string(),
    text: nullableText,
    goalIds: z.array(z.int()).meta({ description: "Mål som åtgärden bidrar till, även i andra styrdokument" }),
    responsible: z.array(z.string()),
    partners: z.array(z.string()),
    latestStatus: z.enum(actionStatuses).nullable().meta({ description: "Status i senaste publicerade uppföljning" }),
    translations: openDataTranslationsSchema("action"),
    ...itemTail,
  }),
  async load(f, p) {
    const where: Prisma.ActionWhereInput = { ...itemScope(f), ...linkedTo(f), ...(f.status ? { id: { in: await actionsWithLatestStatus(f.status) } } : {}) };
    const { rows, total } = await page(
      (a) =>
        db.action.findMany({
          ...a,
          where,
          include: {
            document: documentPlace,
            goals: { where: { goal: itemScope({}) }, select: { goalId: true }, orderBy: { goalId: "asc" } },
            organisations: { select: { role: true, organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } },
            followUps: latestFollowUp,
            ...agendaNumbers,
          },
        }),
      () => db.action.count({ where }),
      p,
    );
    const names = (x: (typeof rows)[number], role: string) => x.organisations.filter((o) => o.role === role).map((o) => o.organisation.name);
    return {
      total,
      rows: rows.map((x) => {
        const { head, tail } = itemValues(x, paths.action);
        return {
          ...head,
          areaId: x.areaId,
          number: x.number,
          title: x.title,
          text: x.text,
          goalIds: x.goals.map((g) => g.goalId),
          responsible: names(x, "RESPONSIBLE"),
          partners: names(x, "PARTNER"),
          latestStatus: x.followUps[0]?.status ?? null,
          translations: openDataTranslations("action", x.translations),
          ...tail,
        };
      }),
    };
  },
};

const periodFields = {
  period: slug,
  periodTitle: z.string(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
};
const periodSelect = { select: { slug: true, title: true, startsOn: true, endsOn: true, municipality: { select: { slug: true } } } } as const;
const periodValues = (period: { slug: string; title: string; startsOn: Date; endsOn: Date; municipality: { slug: string } }) => ({
  municipality: period.municipality.slug,
  period: period.slug,
  periodTitle: period.title,
  periodStart: isoDate(period.startsOn),
  periodEnd: isoDate(period.endsOn),
});

const actionFollowUps: Dataset = {
  name: "action-follow-ups",
  title: "openData.datasets.actionFollowUps.title",
  description: "openData.datasets.actionFollowUps.description",
  filters: ["kommun", "dokument", "omrade", "status", "period"],
  record: z.object({
    id,
    municipality,
    actionId: z.int(),
    ...periodFields,
    status: z.enum(actionStatuses),
    progress: z.int().min(0).max(100).nullable().meta({ description: "Framsteg i procent" }),
    reason: nullableText,
    comment: z.string(),
    reportedOn: z.iso.date(),
  }),
  async load(f, p) {
    const where: Prisma.ActionFollowUpWhereInput = { period: publishedPeriod(f), action: itemScope(f), ...(f.status ? { status: f.status } : {}) };
    const { rows, total } = await page(
      (a) => db.actionFollowUp.findMany({ ...a, where, include: { period: periodSelect } }),
      () => db.actionFollowUp.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((x) => ({
        id: x.id,
        actionId: x.actionId,
        ...periodValues(x.period),
        status: x.status,
        progress: x.progress,
        reason: x.reason,
        comment: x.comment,
        reportedOn: isoDate(x.reportedOn),
      })),
    };
  },
};

const goalAssessments: Dataset = {
  name: "goal-assessments",
  title: "openData.datasets.goalAssessments.title",
  description: "openData.datasets.goalAssessments.description",
  filters: ["kommun", "dokument", "omrade", "period"],
  record: z.object({ id, municipality, goalId: z.int(), ...periodFields, assessment: z.enum(Object.values(GoalAssessmentValue)), analysis: z.string() }),
  async load(f, p) {
    const where: Prisma.GoalAssessmentWhereInput = { period: publishedPeriod(f), goal: itemScope(f) };
    const { rows, total } = await page(
      (a) => db.goalAssessment.findMany({ ...a, where, include: { period: periodSelect } }),
      () => db.goalAssessment.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((x) => ({ id: x.id, goalId: x.goalId, ...periodValues(x.period), assessment: x.assessment, analysis: x.analysis })),
    };
  },
};

const indicatorScope = (f: Filters): Prisma.IndicatorWhereInput => ({
  ...publicMunicipalItem,
  ...(f.kommun ? { municipality: { slug: f.kommun } } : {}),
  ...(f.indikator ? { slug: f.indikator } : {}),
});

const indicators: Dataset = {
  name: "indicators",
  title: "openData.datasets.indicators.title",
  description: "openData.datasets.indicators.description",
  filters: ["kommun", "indikator"],
  record: z.object({
    id,
    municipality,
    slug,
    name: z.string(),
    description: nullableText,
    unit: z.string(),
    valueType: z.enum(Object.values(IndicatorValueType)),
    source: nullableText,
    higherIsBetter: z.boolean(),
    targetValue: z.number().nullable(),
    targetYear: z.int().nullable(),
    koladaKpi: nullableText,
    goalIds: z.array(z.int()),
  }),
  async load(f, p) {
    const where = indicatorScope(f);
    const { rows, total } = await page(
      (a) =>
        db.indicator.findMany({
          ...a,
          where,
          include: {
            municipality: { select: { slug: true } },
            goals: { where: { goal: itemScope({}) }, select: { goalId: true }, orderBy: { goalId: "asc" } },
          },
        }),
      () => db.indicator.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((x) => ({
        id: x.id,
        municipality: x.municipality.slug,
        slug: x.slug,
        name: x.name,
        description: x.description,
        unit: x.unit,
        valueType: x.valueType,
        source: x.source,
        higherIsBetter: x.higherIsBetter,
        targetValue: x.targetValue,
        targetYear: x.targetYear,
        koladaKpi: x.koladaKpi,
        goalIds: x.goals.map((g) => g.goalId),
      })),
    };
  },
};

const indicatorValues: Dataset = {
  name: "indicator-values",
  title: "openData.datasets.indicatorValues.title",
  description: "openData.datasets.indicatorValues.description",
  filters: ["kommun", "indikator"],
  record: z.object({
    id,
    municipality,
    indicatorId: z.int(),
    indicator: slug,
    year: z.int(),
    gender: z.enum(Object.values(Gender)),
    national: z.boolean(),
    value: z.number().nullable(),
    status: z.string().nullable(),
    count: z.int().nullable(),
    source: z.enum(Object.values(ValueSource)),
  }),
  async load(f, p) {
    const where: Prisma.IndicatorValueWhereInput = { indicator: indicatorScope(f) };
    const { rows, total } = await page(
      (a) => db.indicatorValue.findMany({ ...a, where, include: { indicator: { select: { slug: true, municipality: { select: { slug: true } } } } } }),
      () => db.indicatorValue.count({ where }),
      p,
    );
    return {
      total,
      rows: rows.map((x) => ({
        id: x.id,
        municipality: x.indicator.municipality.slug,
        indicatorId: x.indicatorId,
        indicator: x.indicator.slug,
        year: x.year,
        gender: x.gender,
        national: x.national,
        value: x.value,
        status: x.status,
        count: x.count,
        source: x.source,
      })),
    };
  },
};

export const datasets: Dataset[] = [municipalities, documents, areas, goals, actions, actionFollowUps, goalAssessments, indicators, indicatorValues];

export const datasetByName = (name: string) => datasets.find((d) => d.name === name);
