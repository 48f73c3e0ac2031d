import { db } from "@/lib/db/client";
import { accepted } from "@/lib/auth/accepted";
import { isoDate } from "@/lib/labels";
import { bodyNames, documentLabels, responsibleBodies } from "./select";

/**
 * Read models of the coordinators' follow-up pages (never cached). What is to be followed up: published
 * goals and actions in published areas of the municipality's current (published) documents.
 */
/** Only current documents are followed up (not replaced ones): a rule of the admin pages, not of what the public sees. */
const published = { status: "PUBLISHED" } as const;
const current = { ...published, area: published, document: published } as const;

export const listPeriods = (municipalityId: number) =>
  db.followUpPeriod.findMany({
    where: { municipalityId },
    orderBy: [{ endsOn: "desc" }, { id: "desc" }],
    select: { id: true, slug: true, title: true, startsOn: true, endsOn: true, status: true, publishedAt: true, version: true },
  });

const findPeriod = (municipalityId: number, periodId: number) =>
  db.followUpPeriod.findFirst({
    where: { id: periodId, municipalityId },
    select: { id: true, slug: true, title: true, startsOn: true, endsOn: true, status: true, publishedAt: true, version: true },
  });

/** Who answers for an area's follow-up: its editors, or else the municipality's administrators. */
async function areaResponsibles(municipalityId: number) {
  const memberships = await db.membership.findMany({
    where: { municipalityId, user: { disabled: false }, role: { in: ["ADMIN", "EDITOR"] }, ...accepted },
    orderBy: { user: { name: "asc" } },
    select: { role: true, user: { select: { name: true } }, areas: { select: { areaId: true } } },
  });
  const editors = new Map<number, string[]>();
  for (const m of memberships) if (m.role === "EDITOR") for (const { areaId } of m.areas) editors.set(areaId, [...(editors.get(areaId) ?? []), m.user.name]);
  return { editors, admins: memberships.filter((m) => m.role === "ADMIN").map((m) => m.user.name) };
}

/**
 * A period's overview: per document and area, every goal and action with whether it has follow-up in
 * the period, who is responsible (bodies, and the area's editors), and the area's sign-off; the gaps
 * (items still without follow-up) counted and listed so none can be missed.
 */
export async function getPeriodOverview(municipalityId: number, periodId: number) {
  const period = await findPeriod(municipalityId, periodId);
  if (!period) return null;
  const [documents, signOffs, people] = await Promise.all([
    db.document.findMany({
      where: { municipalityId, ...published },
      orderBy: { position: "asc" },
      select: {
        id: true,
        title: true,
        ...documentLabels,
        areas: {
          where: published,
          orderBy: { position: "asc" },
          select: {
            id: true,
            number: true,
            title: true,
            goals: {
              where: current,
              orderBy: { position: "asc" },
              select: { id: true, code: true, title: true, assessments: { where: { periodId }, select: { assessment: true } } },
            },
            actions: {
              where: current,
              orderBy: { position: "asc" },
              select: { id: true, number: true, title: true, organisations: responsibleBodies, followUps: { where: { periodId }, select: { status: true } } },
            },
          },
        },
      },
    }),
    db.areaSignOff.findMany({ where: { periodId }, select: { areaId: true, signedOffBy: true, signedOffAt: true } }),
    areaResponsibles(municipalityId),
  ]);
  const signOffByArea = new Map(signOffs.map((s) => [s.areaId, s]));
  const overview = documents
    .map(({ areas, ...doc }) => ({
      ...doc,
      areas: areas
        .filter((a) => a.goals.length + a.actions.length > 0)
        .map((a) => ({
          id: a.id,
          number: a.number,
          title: a.title,
          editors: people.editors.get(a.id) ?? [],
          signOff: signOffByArea.get(a.id) ?? null,
          goals: a.goals.map((g) => ({ id: g.id, code: g.code, title: g.title, assessment: g.assessments[0]?.assessment ?? null })),
          actions: a.actions.map((x) => ({
            id: x.id,
            code: [a.number, x.number].filter(Boolean).join("."),
            title: x.title,
            responsible: bodyNames(x.organisations),
            status: x.followUps[0]?.status ?? null,
          })),
        })),
    }))
    .filter((d) => d.areas.length > 0);
  const areas = overview.flatMap((d) => d.areas);
  return {
    period,
    admins: people.admins,
    documents: overview,
    gaps: {
      actions: areas.reduce((n, a) => n + a.actions.filter((x) => !x.status).length, 0),
      goals: areas.reduce((n, a) => n + a.goals.filter((g) => !g.assessment).length, 0),
    },
    signOffs: { done: areas.filter((a) => a.signOff).length, total: areas.length },
  };
}

/**
 * The follow-up tables of one document in a period: its actions with their follow-up as stored, and its
 * goals with their assessment, each with the version a save must claim (0: none yet).
 */
export async function getDocumentTables(municipalityId: number, periodId: number, documentId: number) {
  const inOrder = [{ area: { position: "asc" as const } }, { position: "asc" as const }];
  const [period, document] = await Promise.all([
    findPeriod(municipalityId, periodId),
    db.document.findFirst({
      where: { id: documentId, municipalityId },
      select: {
        id: true,
        title: true,
        ...documentLabels,
        actions: {
          where: current,
          orderBy: inOrder,
          select: {
            id: true,
            number: true,
            title: true,
            areaId: true,
            area: { select: { number: true } },
            organisations: responsibleBodies,
            followUps: { where: { periodId } },
          },
        },
        goals: { where: current, orderBy: inOrder, select: { id: true, code: true, title: true, areaId: true, assessments: { where: { periodId } } } },
      },
    }),
  ]);
  if (!period || !document) return null;
  const { actions, goals, ...head } = document;
  return {
    period,
    document: head,
    actions: actions.map(({ followUps: [f], ...a }) => ({
      id: a.id,
      areaId: a.areaId,
      code: [a.area.number, a.number].filter(Boolean).join("."),
      title: a.title,
      responsible: bodyNames(a.organisations),
      values: { ...f, version: f?.version ?? 0, reportedOn: f ? isoDate(f.reportedOn) : undefined },
    })),
    goals: goals.map(({ assessments: [a], ...g }) => ({
      id: g.id,
      areaId: g.areaId,
      code: g.code,
      title: g.title,
      responsible: [],
      values: { ...a, version: a?.version ?? 0 },
    })),
  };
}

/** The open period and how many items still lack follow-up in it, for the coordinators' start page. */
export async function openPeriodGaps(municipalityId: number) {
  const period = await db.followUpPeriod.findFirst({ where: { municipalityId, status: "OPEN" }, select: { id: true, title: true } });
  if (!period) return null;
  const inMunicipality = { ...current, document: { ...published, municipalityId } };
  const [actions, goals] = await Promise.all([
    db.action.count({ where: { ...inMunicipality, followUps: { none: { periodId: period.id } } } }),
    db.goal.count({ where: { ...inMunicipality, assessments: { none: { periodId: period.id } } } }),
  ]);
  return { period, actions, goals };
}
