import { describe, expect, it } from "vitest";
import { FOLLOW_UP_YEARS, generateMunicipality } from "@/lib/scale/generate";
import { isSyntheticMunicipality } from "@/lib/scale/synthetic";
import { SLUG_PATTERN } from "@/lib/slug";

describe("the synthetic municipality generator", () => {
  it("gives the same municipality for the same number and seed, and another for another seed", () => {
    expect(generateMunicipality(7, "a")).toEqual(generateMunicipality(7, "a"));
    expect(generateMunicipality(7, "a")).not.toEqual(generateMunicipality(7, "b"));
    expect(generateMunicipality(7, "a").strategy.areas).not.toEqual(generateMunicipality(8, "a").strategy.areas);
  });

  it("marks every municipality as synthetic, with a code no real municipality has", () => {
    for (const index of [1, 42, 290]) {
      const m = generateMunicipality(index, "seed");
      expect(isSyntheticMunicipality(m.slug)).toBe(true);
      expect(m.slug).toBe(`syntet-${String(index).padStart(3, "0")}`);
      expect(m.name).toMatch(/^Syntetkommun \d{3}$/);
      expect(Number(m.code)).toBeGreaterThan(9000);
      expect(m.intro).toContain("ingen riktig kommun");
    }
  });

  it.each([1, 2, 3, 50, 290])("builds a strategy with 6 areas and 15 goals and a plan with 30–40 actions (municipality %i)", (index) => {
    const { strategy, plan, periods, indicators } = generateMunicipality(index, "seed");
    const goals = strategy.areas.flatMap((a) => a.goals);
    const actions = plan.areas.flatMap((a) => a.actions);
    expect(strategy.areas).toHaveLength(6);
    expect(plan.areas).toHaveLength(6);
    expect(goals.map((g) => g.code).join("")).toBe("ABCDEFGHIJKLMNO");
    expect(actions.length).toBeGreaterThanOrEqual(30);
    expect(actions.length).toBeLessThanOrEqual(40);

    const slugs = [...strategy.areas, ...goals, ...plan.areas, ...actions].map((x) => x.slug);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    expect(new Set(goals.map((g) => g.slug)).size).toBe(goals.length);
    expect(new Set(actions.map((a) => a.slug)).size).toBe(actions.length);

    const codes = new Set(goals.map((g) => g.code));
    for (const action of actions) {
      expect(action.goals.length).toBeGreaterThan(0);
      for (const code of action.goals) expect(codes.has(code)).toBe(true);
      expect(action.followUps.map((f) => f.period)).toEqual(FOLLOW_UP_YEARS.map(String));
      for (const f of action.followUps) expect(f.reason !== null).toBe(f.status === "NOT_ASSESSABLE");
    }
    for (const goal of goals) expect(goal.assessments).toHaveLength(FOLLOW_UP_YEARS.length);
    expect(periods.map((p) => p.slug)).toEqual(FOLLOW_UP_YEARS.map(String));

    expect(indicators.length).toBeGreaterThanOrEqual(6);
    for (const indicator of indicators) {
      expect(indicator.goals.every((code) => codes.has(code))).toBe(true);
      expect(new Set(indicator.values.map((v) => v.year))).toEqual(new Set(FOLLOW_UP_YEARS));
    }
    const values = indicators.flatMap((i) => i.values);
    expect(values.some((v) => v.national)).toBe(true);
    expect(values.some((v) => v.gender === "WOMEN")).toBe(true);
  });
});
