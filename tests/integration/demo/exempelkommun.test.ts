import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { loadDemoFollowUp } from "@/lib/demo/follow-up";
import { EXAMPLE_MUNICIPALITY } from "@/lib/scale/synthetic";
import { resetDatabase } from "../../support/database";

const CONTENT = path.join(process.cwd(), "content");

beforeEach(resetDatabase);

describe("the demo's invented Exempelkommun", () => {
  it("gets three published periods, one open, assessments and indicators by gender with national values; real municipalities get none", async () => {
    await importContent(db, await loadContent(CONTENT));
    expect(await loadDemoFollowUp(db, CONTENT)).toEqual([EXAMPLE_MUNICIPALITY.slug]);

    const m = await db.municipality.findUniqueOrThrow({ where: { slug: EXAMPLE_MUNICIPALITY.slug } });
    expect(m.code).toBe(EXAMPLE_MUNICIPALITY.code);
    const periods = await db.followUpPeriod.findMany({ where: { municipalityId: m.id }, orderBy: { endsOn: "asc" } });
    expect(periods.map((p) => [p.slug, p.status])).toEqual([
      ["2023", "PUBLISHED"],
      ["2024", "PUBLISHED"],
      ["2025", "PUBLISHED"],
      ["2026", "OPEN"],
    ]);
    expect(await db.goalAssessment.count({ where: { period: { municipalityId: m.id, status: "PUBLISHED" } } })).toBeGreaterThanOrEqual(10);
    expect(await db.actionFollowUp.count({ where: { periodId: periods[3]!.id } })).toBeGreaterThan(0);
    const genders = await db.indicatorValue.groupBy({ by: ["gender", "national"], where: { indicator: { municipalityId: m.id } } });
    expect(genders).toEqual(
      expect.arrayContaining([
        { gender: "WOMEN", national: false },
        { gender: "MEN", national: false },
        { gender: "TOTAL", national: true },
      ]),
    );

    // No real municipality uses the code, and none of them gets invented follow-up.
    const real = await db.municipality.findMany({ where: { slug: { not: EXAMPLE_MUNICIPALITY.slug } }, select: { id: true, code: true } });
    expect(real.every((r) => Number(r.code) >= 114 && Number(r.code) <= 2584)).toBe(true);
    expect(await db.followUpPeriod.count({ where: { municipalityId: { in: real.map((r) => r.id) } } })).toBe(0);
    expect(await db.indicator.count({ where: { municipalityId: { in: real.map((r) => r.id) } } })).toBe(0);
  });

  it("is replaced, not doubled, when loaded again", async () => {
    await importContent(db, await loadContent(CONTENT));
    await loadDemoFollowUp(db, CONTENT);
    const before = await db.actionFollowUp.count();
    await loadDemoFollowUp(db, CONTENT);
    expect(await db.actionFollowUp.count()).toBe(before);
    expect(await db.followUpPeriod.count()).toBe(4);
  });
});
