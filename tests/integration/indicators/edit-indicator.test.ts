import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { createIndicator } from "@/lib/indicators/commands/create-indicator";
import { updateIndicator } from "@/lib/indicators/commands/update-indicator";
import { setIndicatorValues } from "@/lib/indicators/commands/set-indicator-values";
import { setStatus } from "@/lib/records/commands/set-status";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { getGoalFollowUp } from "@/lib/followup/queries";
import { createPlan, type Plan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";

const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => void expired.push(tag),
  unstable_cache: <T>(fn: T) => fn,
}));

let plan: Plan;
beforeEach(async () => {
  plan = await createPlan();
  expired.length = 0;
});

const fields = (plan: Plan, overrides: Record<string, unknown> = {}) => ({
  municipalityId: plan.municipality.id,
  name: "Andel som känner sig trygga",
  unit: "procent",
  valueType: "PERCENT",
  higherIsBetter: "true",
  targetValue: 80,
  targetYear: 2030,
  source: "Medborgarundersökningen",
  goalIds: [plan.goals[0]!.id],
  ...overrides,
});

describe("an indicator", () => {
  it("is created as a draft, gets values by hand, and shows on its goal's page once published", async () => {
    const editor = await userWithRole(plan.municipality.id, "EDITOR");
    const id = await createIndicator(editor, fields(plan));
    expect(await db.indicator.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      slug: "andel-som-kanner-sig-trygga",
      higherIsBetter: true,
    });
    expect(expired).toEqual([]);

    await setIndicatorValues(editor, {
      id,
      version: 1,
      rows: { ny1: { year: 2022, total: 71, women: 69, men: 73.5 }, ny2: { year: 2023, total: 74.2, national: 76 }, ny3: {} },
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "indicator", entityId: id, version: 2 } });
    expect(revision.changes).toEqual(
      expect.arrayContaining([
        { field: "value 2022/K", before: null, after: 69 },
        { field: "value 2023/riket/T", before: null, after: 76 },
      ]),
    );
    expect((await getGoalFollowUp(plan.municipality.slug, "strategi", plan.goals[0]!.slug))?.indicators).toEqual([]);

    await setStatus(editor, { type: "indicator", id, version: 2, status: "PUBLISHED" });
    expect(expired).toContain(cacheTags.page(paths.goal(plan.municipality.slug, "strategi", plan.goals[0]!.slug)));
    const [shown] = (await getGoalFollowUp(plan.municipality.slug, "strategi", plan.goals[0]!.slug))!.indicators;
    expect(shown).toMatchObject({
      name: "Andel som känner sig trygga",
      target: { value: 80, year: 2030 },
      rows: [
        { year: 2022, total: 71, women: 69, men: 73.5, national: null },
        { year: 2023, total: 74.2, women: null, men: null, national: 76 },
      ],
      hasGender: true,
      hasNational: true,
      trend: { direction: "up", judgement: "better", from: { year: 2022, value: 71 }, to: { year: 2023, value: 74.2 } },
      sources: ["Medborgarundersökningen"],
    });
  });

  it("treats the values table as the whole set: a cleared cell removes its value, unchanged values keep their source", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const id = await createIndicator(admin, fields(plan));
    await db.indicatorValue.createMany({
      data: [
        { indicatorId: id, year: 2022, gender: "TOTAL", value: 70, source: "KOLADA" },
        { indicatorId: id, year: 2022, gender: "WOMEN", value: 68, source: "KOLADA" },
        { indicatorId: id, year: 2022, gender: "WOMEN", national: true, value: 75, source: "KOLADA" },
      ],
    });
    await setIndicatorValues(admin, { id, version: 1, rows: { y2022: { year: 2022, total: 70 } } });
    expect(
      await db.indicatorValue.findMany({
        where: { indicatorId: id },
        orderBy: { gender: "asc" },
        select: { gender: true, national: true, value: true, source: true },
      }),
    ).toEqual([
      { gender: "TOTAL", national: false, value: 70, source: "KOLADA" },
      // Not in the table (the whole country by gender), so left as imported.
      { gender: "WOMEN", national: true, value: 75, source: "KOLADA" },
    ]);
  });

  it("expires the pages of the goals it leaves and joins, and restores earlier values from its history", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const id = await createIndicator(admin, fields(plan));
    await setStatus(admin, { type: "indicator", id, version: 1, status: "PUBLISHED" });
    await setIndicatorValues(admin, { id, version: 2, rows: { ny1: { year: 2024, total: 60 } } });
    await setIndicatorValues(admin, { id, version: 3, rows: { y2024: { year: 2024, total: 65 } } });
    expired.length = 0;

    const { municipalityId: _m, ...rest } = fields(plan, { goalIds: [plan.goals[1]!.id] });
    await updateIndicator(admin, { ...rest, id, version: 4 });
    const m = plan.municipality.slug;
    expect(expired).toEqual(
      expect.arrayContaining([cacheTags.page(paths.goal(m, "strategi", plan.goals[0]!.slug)), cacheTags.page(paths.goal(m, "strategi", plan.goals[1]!.slug))]),
    );

    const third = await db.revision.findFirstOrThrow({ where: { entityType: "indicator", entityId: id, version: 3 } });
    await restoreRevision(admin, { revisionId: third.id, version: 5 });
    expect(await db.indicatorValue.findMany({ where: { indicatorId: id }, select: { year: true, value: true } })).toEqual([{ year: 2024, value: 60 }]);
    expect(await db.indicatorGoal.findMany({ where: { indicatorId: id }, select: { goalId: true } })).toEqual([{ goalId: plan.goals[0]!.id }]);
  });
});
