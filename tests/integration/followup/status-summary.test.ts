import { describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db/client";
import { getGoal } from "@/lib/goals/queries";
import { getGoalFollowUp } from "@/lib/followup/queries";
import { getFollowUpSchedule, nextFollowUp } from "@/lib/followup/schedule";
import { GoalView } from "@/components/views/GoalView";
import { createPlan, type Plan } from "../../factories/plan";
import { createIndicatorRow, createPeriodRow } from "../../factories/followup";
import { inLocale } from "../../support/intl";

vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), unstable_cache: <T>(fn: T) => fn }));

// Tags become spaces; punctuation closes up to the word before it, as a browser shows an inline element's text.
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([,.)])/g, "$1");

async function goalPage(plan: Plan) {
  const [m, g] = [plan.municipality.slug, plan.goals[0]!.slug];
  const [goal, followUp, schedule] = await Promise.all([getGoal(m, "strategi", g), getGoalFollowUp(m, "strategi", g), getFollowUpSchedule(m, "strategi")]);
  return text(renderToStaticMarkup(inLocale("sv", createElement(GoalView, { goal: goal!, followUp, schedule }))));
}

describe("when the next follow-up is due", () => {
  it("is the next period of the same length after the latest published one", () => {
    const doc = { reviewBy: "2029-12-31", validUntil: "2030-12-31" };
    expect(nextFollowUp({ startsOn: "2025-01-01", endsOn: "2025-12-31" }, doc)).toEqual({ kind: "period", startsOn: "2026-01-01", endsOn: "2026-12-31" });
    expect(nextFollowUp({ startsOn: "2024-01-01", endsOn: "2024-12-31" }, doc)).toEqual({ kind: "period", startsOn: "2025-01-01", endsOn: "2025-12-31" });
    expect(nextFollowUp({ startsOn: "2025-01-01", endsOn: "2025-06-30" }, doc)).toEqual({ kind: "period", startsOn: "2025-07-01", endsOn: "2025-12-31" });
  });

  it("without published follow-up is what the document says: its review date, else its end of validity, else unknown", () => {
    expect(nextFollowUp(null, { reviewBy: "2029-12-31", validUntil: "2030-12-31" })).toEqual({ kind: "review", date: "2029-12-31" });
    expect(nextFollowUp(null, { reviewBy: null, validUntil: "2030-12-31" })).toEqual({ kind: "validUntil", date: "2030-12-31" });
    expect(nextFollowUp(null, { reviewBy: null, validUntil: null })).toEqual({ kind: "unknown" });
  });

  it("never reads an open period: its existence is a draft", async () => {
    const plan = await createPlan();
    await db.document.update({ where: { id: plan.strategy.id }, data: { reviewBy: new Date("2029-12-31") } });
    await createPeriodRow(plan.municipality.id, { year: 2026 });
    const schedule = await getFollowUpSchedule(plan.municipality.slug, "strategi");
    expect(schedule).toMatchObject({ latest: null, next: { kind: "review", date: "2029-12-31" } });
  });
});

describe("a goal's status summary", () => {
  it("says honestly what is missing and when it is expected, and names the responsible body once", async () => {
    const plan = await createPlan();
    await db.document.update({ where: { id: plan.strategy.id }, data: { reviewBy: new Date("2029-12-31"), responsible: "Kommunstyrelsen" } });
    const page = await goalPage(plan);
    expect(page).toContain("Läget just nu");
    expect(page).toContain("Mål A har inte bedömts i någon publicerad uppföljning ännu.");
    expect(page).toContain("Aldrig: ingen uppföljning är publicerad ännu.");
    expect(page).toContain("Enligt dokumentet ska det aktualitetsprövas senast 31 december 2029.");
    expect(page).toContain("Kommunstyrelsen (för dokumentet)");
    expect(page).toContain("Inga indikatorer är kopplade till målet ännu.");
    expect(page).toContain("Underlag inför möte");
    // The one serving action's body is named in the summary, not again on its card.
    expect(page.split("Socialnämnden").length - 1).toBe(1);
  });

  it("shows the latest assessment as word and symbol, progress by the rule, last and next follow-up and the indicators", async () => {
    const plan = await createPlan();
    const goal = plan.goals[0]!;
    const period = await createPeriodRow(plan.municipality.id, { year: 2025, status: "PUBLISHED" });
    await db.goalAssessment.create({ data: { periodId: period.id, goalId: goal.id, assessment: "PARTLY_MET" } });
    await db.actionFollowUp.create({ data: { periodId: period.id, actionId: plan.actions[0]!.id, status: "DONE", reportedOn: new Date("2025-12-01") } });
    await createIndicatorRow(plan.municipality.id, { goalIds: [goal.id] });
    const page = await goalPage(plan);
    expect(page).toContain("◐ Delvis uppfyllt i Uppföljning 2025");
    expect(page).toContain("100 % – 1 av 1 åtgärd genomförd");
    expect(page).toContain("Uppföljning 2025, publicerad 1 februari 2026");
    expect(page).toContain("Perioden 1 januari 2026 – 31 december 2026");
    expect(page).toContain("1 indikator, med diagram och tabell nedan");
  });
});
