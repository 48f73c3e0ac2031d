import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getFollowUpReport, type FollowUpReport } from "@/lib/followup/report";
import { getDocumentProgress, getAreaProgress } from "@/lib/followup/queries";
import { GET as csvRoute } from "@/app/[locale]/(public)/[municipality]/uppfoljning/[period]/rapport.csv/route";
import { GET as feedRoute } from "@/app/[locale]/(public)/[municipality]/uppfoljning/flode.xml/route";
import { createPlan, type Plan } from "../../factories/plan";
import { createPeriodRow } from "../../factories/followup";

vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), unstable_cache: <T>(fn: T) => fn }));

/**
 * A plan whose first area has five actions (done, done, in progress, cancelled, and one nobody followed
 * up) and whose second has one delayed action; the strategy's goal A is partly met, goal B not assessed.
 */
let plan: Plan;
let report: FollowUpReport;
beforeAll(async () => {
  plan = await createPlan();
  const period = await createPeriodRow(plan.municipality.id, { year: 2026, status: "PUBLISHED" });
  const extra = await Promise.all(
    [2, 3, 4, 5].map((n) =>
      db.action.create({
        data: { documentId: plan.plan.id, areaId: plan.planAreas[0]!.id, slug: `1-${n}-atgard`, number: String(n), title: `Åtgärd 1.${n}`, position: n },
      }),
    ),
  );
  const followUp = (actionId: number, status: "DONE" | "IN_PROGRESS" | "CANCELLED" | "DELAYED", more = {}) =>
    db.actionFollowUp.create({ data: { periodId: period.id, actionId, status, reportedOn: new Date("2026-12-01"), ...more } });
  await followUp(plan.actions[0]!.id, "DONE", { progress: 100, comment: 'Genomförd, se "rapporten", sid 3.' });
  await followUp(extra[0]!.id, "DONE");
  await followUp(extra[1]!.id, "IN_PROGRESS", { progress: 30 });
  await followUp(extra[2]!.id, "CANCELLED");
  await followUp(plan.actions[1]!.id, "DELAYED");
  await db.goalAssessment.create({ data: { periodId: period.id, goalId: plan.goals[0]!.id, assessment: "PARTLY_MET", analysis: "Halvvägs." } });
  // A draft period's rows must not count.
  const draft = await createPeriodRow(plan.municipality.id, { year: 2027 });
  await db.actionFollowUp.create({ data: { periodId: draft.id, actionId: extra[3]!.id, status: "DONE", reportedOn: new Date("2027-01-01") } });
  report = (await getFollowUpReport(plan.municipality.slug, "2026"))!;
});

describe("a period's report", () => {
  it("counts actions per status and goals per assessment from the database, by the one progress rule", () => {
    expect(report.summary.progress.counts).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 1, DONE: 2, DELAYED: 1, CANCELLED: 1, NOT_ASSESSABLE: 0, MISSING: 1 });
    // 6 actions, the cancelled one not counted: 2 of 5 done.
    expect(report.summary.progress).toMatchObject({ total: 6, counted: 5, done: 2, share: 40 });
    expect(report.summary.assessments).toEqual({ MET: 0, PARTLY_MET: 1, NOT_MET: 0, NOT_ASSESSED: 0, MISSING: 1 });
  });

  it("breaks the figures down per document, area and goal", () => {
    expect(report.documents.map((d) => d.slug)).toEqual(["strategi", "handlingsplan"]);
    const [first, second] = report.documents[1]!.areas;
    expect(first!.progress).toMatchObject({ total: 5, counted: 4, done: 2, share: 50 });
    expect(second!.progress).toMatchObject({ total: 1, counted: 1, done: 0, share: 0 });
    expect(first!.actions.map((a) => [a.code, a.followUp?.status ?? null])).toEqual([
      ["1.1", "DONE"],
      ["1.2", "DONE"],
      ["1.3", "IN_PROGRESS"],
      ["1.4", "CANCELLED"],
      ["1.5", null],
    ]);
    const goals = report.documents[0]!.areas.flatMap((a) => a.goals);
    expect(goals.map((g) => [g.code, g.assessment?.assessment ?? null])).toEqual([
      ["A", "PARTLY_MET"],
      ["B", null],
    ]);
    // Goal A is served by action 1.1 (done), goal B by 2.1 (delayed).
    expect(goals.map((g) => g.progress?.share)).toEqual([100, 0]);
  });

  it("shows the same rule on the plan's and the area's pages", async () => {
    const m = plan.municipality.slug;
    expect((await getDocumentProgress(m, "handlingsplan"))?.progress).toEqual(report.summary.progress);
    expect((await getAreaProgress(m, "handlingsplan", plan.planAreas[0]!.slug))?.progress).toEqual(report.documents[1]!.areas[0]!.progress);
  });

  it("downloads as CSV with a row per goal and action, quoted where needed", async () => {
    const response = await csvRoute(new Request("http://localhost/x"), {
      params: Promise.resolve({ locale: "sv", municipality: plan.municipality.slug, period: "2026" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Typ,Dokument,Område,Nummer,Rubrik,Status eller bedömning,Framsteg (%),Skäl,Kommentar eller analys,Ansvariga,Ansvarig person,Datum");
    expect(lines).toHaveLength(1 + 2 + 6);
    expect(lines).toContain("Mål,Strategi,1. Område 1,A,Mål A,Delvis uppfyllt,,,Halvvägs.,,,");
    expect(lines).toContain(
      'Åtgärd,Handlingsplan,1. Planområde 1,1.1,Åtgärd 1.1,Genomförd,100,,"Genomförd, se ""rapporten"", sid 3.",Socialnämnden,,2026-12-01',
    );
    expect(lines).toContain("Åtgärd,Handlingsplan,1. Planområde 1,1.5,Åtgärd 1.5,Ingen uppföljning,,,,,,");
  });

  it("is not there for a draft period or another municipality", async () => {
    expect(await getFollowUpReport(plan.municipality.slug, "2027")).toBeNull();
    const response = await csvRoute(new Request("http://localhost/x"), {
      params: Promise.resolve({ locale: "sv", municipality: "finns-inte", period: "2026" }),
    });
    expect(response.status).toBe(404);
  });

  it("is announced in the municipality's Atom feed of published follow-ups", async () => {
    const response = await feedRoute(new Request("http://localhost/x"), { params: Promise.resolve({ locale: "sv", municipality: plan.municipality.slug }) });
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain(`<title>Uppföljning 2026 – ${plan.municipality.name}</title>`);
    expect(xml).toContain(`/${plan.municipality.slug}/uppfoljning/2026"/>`);
    expect(xml).toContain("<updated>2027-02-01T10:00:00.000Z</updated>");
    expect(xml).toContain("<summary>5 åtgärder följdes upp, 2 genomförda; 1 mål bedömdes.</summary>");
  });
});
