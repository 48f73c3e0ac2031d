import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getAction, getActionPreview } from "@/lib/actions/queries";
import { getArea, getAreaPreview } from "@/lib/areas/queries";
import { getDocument, getDocumentPreview } from "@/lib/documents/queries";
import { getGoal, getGoalPreview } from "@/lib/goals/queries";
import { FULL_LIST_LIMIT, getAgendaGoal } from "@/lib/agenda2030/queries";
import { getGoalChanges } from "@/lib/followup/changes";
import { getActionFollowUp, getAreaProgress, getDocumentProgress, getGoalFollowUp } from "@/lib/followup/queries";
import { getFollowUpReport } from "@/lib/followup/report";
import { reportCsv } from "@/lib/followup/csv";
import { followUpFeed } from "@/lib/followup/feed";
import { municipalityFeed } from "@/lib/feeds/atom";
import { datasets } from "@/lib/open-data/datasets";
import { search } from "@/lib/search/queries";
import { sitemapEntries } from "@/lib/sitemap/queries";
import { loadMunicipalityCoverage, loadNationalCoverage } from "@/lib/coverage/queries";
import { createPlan, type Plan } from "../factories/plan";
import { createPeriodRow } from "../factories/followup";
import { resetDatabase } from "../support/database";
import { translator } from "@/lib/i18n/translator";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

/**
 * Every public read model, asked before and after the action plan's first area (with its action 1.1)
 * stops being public. Each probe answers "does this show the hidden area or action?": true before
 * (so no probe passes by showing nothing), false after.
 */
const hidden = /Åtgärd 1\.1|1-1-atgard|Planområde 1|\/1-plan|"1-plan"|handlingsplan\/1-plan/;
const shows = (value: unknown) => hidden.test(JSON.stringify(value ?? null));

type Probe = (plan: Plan) => Promise<boolean>;
const probes: Record<string, Probe> = {
  "document page": async ({ municipality: m }) => shows(await getDocument(m.slug, "handlingsplan")),
  "area page": async ({ municipality: m }) => shows(await getArea(m.slug, "handlingsplan", "1-plan")),
  "action page": async ({ municipality: m }) => shows(await getAction(m.slug, "handlingsplan", "1-1-atgard")),
  "strategy goal page": async ({ municipality: m }) => shows(await getGoal(m.slug, "strategi", "mal-a")),
  "Agenda 2030 goal page": async ({ municipality: m }) =>
    shows((await getAgendaGoal(3))?.items?.actions.filter((l) => l.action.document.municipality.slug === m.slug)),
  "goal follow-up": async ({ municipality: m }) => shows(await getGoalFollowUp(m.slug, "strategi", "mal-a")),
  "goal follow-up progress": async ({ municipality: m }) => (await getGoalFollowUp(m.slug, "strategi", "mal-a"))?.progress?.total === 1,
  "action follow-up": async ({ municipality: m }) => (await getActionFollowUp(m.slug, "handlingsplan", "1-1-atgard")) !== null,
  "area progress": async ({ municipality: m }) => (await getAreaProgress(m.slug, "handlingsplan", "1-plan")) !== null,
  "document progress": async ({ municipality: m }) => shows(await getDocumentProgress(m.slug, "handlingsplan")),
  "what changed on a goal": async ({ municipality: m }) => shows(await getGoalChanges(m.slug, "strategi", "mal-a", "2025-01-01")),
  "follow-up report": async ({ municipality: m }) => shows(await getFollowUpReport(m.slug, "2025")),
  "follow-up report goal progress": async ({ municipality: m }) =>
    (await getFollowUpReport(m.slug, "2025"))?.documents.flatMap((d) => d.areas.flatMap((a) => a.goals)).find((g) => g.slug === "mal-a")?.progress?.total === 1,
  "follow-up report CSV": async ({ municipality: m }) => shows(reportCsv(translator("sv"), (await getFollowUpReport(m.slug, "2025"))!)),
  "follow-up feed": async ({ municipality: m }) => (await followUpFeed(m.slug, "sv"))!.includes("2 åtgärder följdes upp"),
  "Atom feed": async ({ municipality: m }) => shows(await municipalityFeed(m.slug, "sv")),
  ...Object.fromEntries(
    datasets.map((d): [string, Probe] => [
      `open data: ${d.name}`,
      async (plan) => {
        const { rows } = await d.load({ kommun: plan.municipality.slug }, { page: 1, perPage: 1000, offset: 0 });
        return shows(rows) || rows.some((r) => r.actionId === plan.actions[0]!.id || (d.name === "actions" && r.id === plan.actions[0]!.id));
      },
    ]),
  ),
  search: async ({ municipality: m }) => shows(await search({ kommun: m.slug })),
  "search for words": async ({ municipality: m }) => shows(await search({ kommun: m.slug, q: "planområde åtgärd" })),
  sitemap: async ({ municipality: m }) => shows((await sitemapEntries()).filter((e) => e.url.includes(`/${m.slug}/`))),
  "coverage of a municipality": async ({ municipality: m }) => shows(await loadMunicipalityCoverage(m.slug)),
  "national coverage": async ({ municipality: m }) => (await loadNationalCoverage()).find((r) => r.key === m.slug)?.counts[3] === 2,
};

/** A published plan with a published follow-up period reporting on both actions and assessing both goals. */
async function planWithFollowUp() {
  const plan = await createPlan();
  const period = await createPeriodRow(plan.municipality.id, { year: 2025, status: "PUBLISHED" });
  await db.actionFollowUp.createMany({
    data: plan.actions.map((a) => ({
      periodId: period.id,
      actionId: a.id,
      status: "DONE" as const,
      comment: "Planområde åtgärd genomförd",
      reportedOn: new Date("2025-12-01"),
    })),
  });
  await db.goalAssessment.createMany({ data: plan.goals.map((g) => ({ periodId: period.id, goalId: g.id, assessment: "MET" as const })) });
  return plan;
}

const scenarios: [string, (plan: Plan) => Promise<unknown>][] = [
  ["a draft area", (plan) => db.area.update({ where: { id: plan.planAreas[0]!.id }, data: { status: "DRAFT" } })],
  ["an archived area", (plan) => db.area.update({ where: { id: plan.planAreas[0]!.id }, data: { status: "ARCHIVED" } })],
  ["a draft document", (plan) => db.document.update({ where: { id: plan.plan.id }, data: { status: "DRAFT" } })],
];

describe("every public read model", () => {
  it.each(scenarios)("shows nothing of %s", async (_name, hide) => {
    const plan = await planWithFollowUp();
    const before = Object.fromEntries(await Promise.all(Object.entries(probes).map(async ([name, probe]) => [name, await probe(plan)] as const)));
    expect(
      Object.entries(before)
        .filter(([, shown]) => !shown)
        .map(([name]) => name),
      "probes that do not see the item while it is public",
    ).toEqual(
      // The action plan's goal assessments do not exist: only the strategy's goals are assessed.
      [
        "open data: municipalities",
        "open data: documents",
        "open data: goals",
        "open data: goal-assessments",
        "open data: indicators",
        "open data: indicator-values",
      ],
    );
    await hide(plan);
    const after = Object.fromEntries(await Promise.all(Object.entries(probes).map(async ([name, probe]) => [name, await probe(plan)] as const)));
    expect(
      Object.entries(after)
        .filter(([, shown]) => shown)
        .map(([name]) => name),
      "probes that still show it",
    ).toEqual([]);
  });
});

describe("what the public pages show", () => {
  it("shows published goals and actions only inside a published area of a public document; a preview shows the record in any status", async () => {
    const plan = await createPlan();
    const m = plan.municipality.slug;
    expect(await getAction(m, "handlingsplan", plan.actions[0]!.slug)).toMatchObject({ title: "Åtgärd 1.1" });

    await db.area.update({ where: { id: plan.planAreas[0]!.id }, data: { status: "DRAFT" } });
    expect(await getAction(m, "handlingsplan", plan.actions[0]!.slug), "an action in a draft area").toBeNull();
    expect(await getArea(m, "handlingsplan", plan.planAreas[0]!.slug)).toBeNull();
    const goal = await getGoal(m, "strategi", plan.goals[0]!.slug);
    expect(goal?.actions, "a strategy goal no longer lists the action of the draft area").toEqual([]);
    const doc = await getDocument(m, "handlingsplan");
    expect(doc?.areas.map((a) => a.slug)).toEqual([plan.planAreas[1]!.slug]);
    const linked = (await getAgendaGoal(3))?.items?.actions.filter((l) => l.action.document.municipality.slug === m).map((l) => l.action.slug);
    expect(linked, "the Agenda 2030 page lists only the action in the published area").toEqual([plan.actions[1]!.slug]);
    expect(await getActionPreview(plan.municipality.id, plan.actions[0]!.id), "coordinators still preview it").toMatchObject({ title: "Åtgärd 1.1" });

    await db.action.update({ where: { id: plan.actions[1]!.id }, data: { status: "ARCHIVED" } });
    expect(await getAction(m, "handlingsplan", plan.actions[1]!.slug)).toBeNull();
    expect(await getActionPreview(plan.municipality.id, plan.actions[1]!.id), "coordinators may look at what they archived").toMatchObject({
      status: "ARCHIVED",
    });
    expect(await getActionPreview(plan.municipality.id + 1_000_000, plan.actions[1]!.id), "never another municipality's").toBeNull();
  });

  it("a coordinator's preview shows a document's, an area's and a goal's drafts, which the public pages leave out", async () => {
    const plan = await createPlan();
    const m = plan.municipality.slug;
    await db.area.update({ where: { id: plan.planAreas[0]!.id }, data: { status: "DRAFT" } });
    await db.action.update({ where: { id: plan.actions[1]!.id }, data: { status: "DRAFT" } });
    const areaSlugs = (d: { areas: { slug: string }[] } | null) => d?.areas.map((a) => a.slug);
    const actionSlugs = (x: { actions: { slug?: string; action?: { slug: string } }[] } | null) => x?.actions.map((a) => a.slug ?? a.action?.slug);

    expect(areaSlugs(await getDocument(m, "handlingsplan")), "public document page").toEqual([plan.planAreas[1]!.slug]);
    expect(areaSlugs(await getDocumentPreview(plan.municipality.id, plan.plan.id)), "document preview").toEqual(plan.planAreas.map((a) => a.slug));
    expect(actionSlugs(await getArea(m, "handlingsplan", plan.planAreas[1]!.slug)), "public area page").toEqual([]);
    expect(actionSlugs(await getAreaPreview(plan.municipality.id, plan.planAreas[1]!.id)), "area preview").toEqual([plan.actions[1]!.slug]);
    expect(actionSlugs(await getGoal(m, "strategi", plan.goals[1]!.slug)), "public goal page").toEqual([]);
    expect(actionSlugs(await getGoalPreview(plan.municipality.id, plan.goals[1]!.id)), "goal preview").toEqual([plan.actions[1]!.slug]);
  });

  it("open data names the strategy a plan concretises only while the strategy is public", async () => {
    const plan = await createPlan();
    const documents = datasets.find((d) => d.name === "documents")!;
    const concretises = async () =>
      (await documents.load({ kommun: plan.municipality.slug }, { page: 1, perPage: 100, offset: 0 })).rows.find((r) => r.id === plan.plan.id)?.concretisesId;
    expect(await concretises()).toBe(plan.strategy.id);
    await db.document.update({ where: { id: plan.strategy.id }, data: { status: "DRAFT" } });
    expect(await concretises(), "a draft strategy").toBeNull();
  });

  it("hides every page of a draft document", async () => {
    const plan = await createPlan({ documentStatus: "DRAFT" });
    const m = plan.municipality.slug;
    expect(await getDocument(m, "handlingsplan")).toBeNull();
    expect(await getAction(m, "handlingsplan", plan.actions[0]!.slug)).toBeNull();
    expect((await getGoal(m, "strategi", plan.goals[0]!.slug))?.actions).toEqual([]);
  });
});

describe("an Agenda 2030 goal's page at national scale", () => {
  it("lists every linked item while they make a readable list, and beyond that only how many per municipality", async () => {
    // Other files in this worker (the scale seed, the demo import) may have left links to goal 14.
    await resetDatabase();
    const plan = await createPlan();
    expect((await getAgendaGoal(14))?.items?.areas, "nothing linked yet: an empty list").toEqual([]);
    const areas = await db.area.createManyAndReturn({
      data: Array.from({ length: FULL_LIST_LIMIT + 1 }, (_, i) => ({
        documentId: plan.strategy.id,
        slug: `hav-${i}`,
        number: `H${i}`,
        title: `Hav ${i}`,
        position: 100 + i,
      })),
      select: { id: true },
    });
    await db.areaAgendaGoal.createMany({ data: areas.map((a) => ({ areaId: a.id, goalNumber: 14 })) });
    const goal = await getAgendaGoal(14);
    expect(goal).toMatchObject({ linked: FULL_LIST_LIMIT + 1, items: null });
    await db.areaAgendaGoal.deleteMany({ where: { goalNumber: 14 } });
  });
});
