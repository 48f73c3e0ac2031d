import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countQueries } from "@/lib/db/query-count";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { seedScale } from "@/lib/scale/seed";
import { SYNTHETIC_SLUG_PREFIX } from "@/lib/scale/synthetic";
import { getMunicipality } from "@/lib/municipalities/queries";
import { getDocument } from "@/lib/documents/queries";
import { getArea } from "@/lib/areas/queries";
import { getGoal } from "@/lib/goals/queries";
import { getAction } from "@/lib/actions/queries";
import { resetDatabase } from "../support/database";

/** The budget: one public page sends at most this many SQL statements, whatever the data size. */
const PAGE_QUERY_BUDGET = 10;
const synthetic = { slug: { startsWith: SYNTHETIC_SLUG_PREFIX } };
const inSynthetic = { document: { municipality: synthetic } };

beforeAll(async () => {
  await resetDatabase();
  await importContent(db, await loadContent(path.join(process.cwd(), "content")));
});

/** Everything generated, without ids and timestamps, in a fixed order: equal for equal data sets. */
function syntheticContent() {
  return db.municipality.findMany({
    where: synthetic,
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      name: true,
      code: true,
      intro: true,
      documents: {
        orderBy: { position: "asc" },
        select: {
          slug: true,
          title: true,
          areas: {
            orderBy: { position: "asc" },
            select: {
              slug: true,
              title: true,
              goals: {
                orderBy: { position: "asc" },
                select: { slug: true, title: true, assessments: { orderBy: { period: { slug: "asc" } }, select: { assessment: true } } },
              },
              actions: {
                orderBy: { position: "asc" },
                select: {
                  slug: true,
                  goals: { orderBy: { goal: { code: "asc" } }, select: { goal: { select: { code: true } } } },
                  followUps: { orderBy: { period: { slug: "asc" } }, select: { status: true, progress: true, comment: true } },
                },
              },
            },
          },
        },
      },
      indicators: {
        orderBy: { position: "asc" },
        select: { slug: true, values: { orderBy: [{ national: "asc" }, { year: "asc" }, { gender: "asc" }], select: { value: true } } },
      },
    },
  });
}

describe("the synthetic national data set", () => {
  it("adds complete, clearly marked municipalities next to the demo ones", async () => {
    const result = await seedScale(db, { municipalities: 2, seed: "test" });

    const municipalities = await db.municipality.findMany({
      where: synthetic,
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, name: true, code: true },
    });
    expect(municipalities.map(({ slug, name, code }) => ({ slug, name, code }))).toEqual([
      { slug: "syntet-001", name: "Syntetkommun 001", code: "9001" },
      { slug: "syntet-002", name: "Syntetkommun 002", code: "9002" },
    ]);
    expect(await db.municipality.count({ where: { NOT: synthetic } })).toBe(4);

    for (const { id } of municipalities) {
      const inMunicipality = { document: { municipalityId: id } };
      const actions = await db.action.count({ where: inMunicipality });
      const counts = {
        documents: await db.document.count({ where: { municipalityId: id } }),
        areas: await db.area.count({ where: inMunicipality }),
        goals: await db.goal.count({ where: inMunicipality }),
        publishedPeriods: await db.followUpPeriod.count({ where: { municipalityId: id, status: "PUBLISHED" } }),
        followUps: await db.actionFollowUp.count({ where: { action: inMunicipality } }),
        assessments: await db.goalAssessment.count({ where: { goal: inMunicipality } }),
      };
      expect(counts).toEqual({ documents: 2, areas: 12, goals: 15, publishedPeriods: 5, followUps: actions * 5, assessments: 75 });
      expect(actions).toBeGreaterThanOrEqual(30);
      expect(actions).toBeLessThanOrEqual(40);
      expect(await db.indicator.count({ where: { municipalityId: id } })).toBeGreaterThanOrEqual(6);
      expect(await db.indicatorValue.count({ where: { indicator: { municipalityId: id }, national: true } })).toBeGreaterThan(0);
      expect(await db.indicatorValue.count({ where: { indicator: { municipalityId: id }, gender: "WOMEN" } })).toBeGreaterThan(0);
    }
    expect(result.rows.Action).toBe(await db.action.count({ where: inSynthetic }));
    expect(result.rows.IndicatorValue).toBe(await db.indicatorValue.count({ where: { indicator: { municipality: synthetic } } }));
  });

  it("is deterministic: a rerun replaces the data set with exactly the same content", async () => {
    await seedScale(db, { municipalities: 2, seed: "test" });
    const first = await syntheticContent();
    const rerun = await seedScale(db, { municipalities: 2, seed: "test" });
    expect(rerun.removed).toBe(2);
    expect(await syntheticContent()).toEqual(first);

    await seedScale(db, { municipalities: 1, seed: "another" });
    const other = await syntheticContent();
    expect(other).toHaveLength(1);
    expect(other[0]!.documents).not.toEqual(first[0]!.documents);
  });

  it("serves every generated page kind with a small number of SQL queries, whatever the item's size", async () => {
    await seedScale(db, { municipalities: 2, seed: "test" });
    const goals = await db.goal.findMany({
      where: inSynthetic,
      select: { slug: true, _count: { select: { actions: true } }, document: { select: { slug: true, municipality: { select: { slug: true } } } } },
    });
    goals.sort((a, b) => a._count.actions - b._count.actions);
    const [fewest, most] = [goals[0]!, goals.at(-1)!];
    expect(most._count.actions).toBeGreaterThan(fewest._count.actions);

    const queriesOf = async (load: () => Promise<unknown>) => {
      const { result, queries } = await countQueries(load);
      expect(result).not.toBeNull();
      return queries;
    };
    // One at a time: the query counter counts everything the process sends.
    const goalQueries: number[] = [];
    for (const g of [fewest, most]) goalQueries.push(await queriesOf(() => getGoal.uncached(g.document.municipality.slug, g.document.slug, g.slug)));
    expect(goalQueries[1]).toBe(goalQueries[0]);
    expect(goalQueries[0]).toBeLessThanOrEqual(PAGE_QUERY_BUDGET);

    const m = most.document.municipality.slug;
    const area = await db.area.findFirstOrThrow({ where: { document: { slug: most.document.slug, municipality: { slug: m } } }, select: { slug: true } });
    const action = await db.action.findFirstOrThrow({
      where: { document: { municipality: { slug: m } } },
      select: { slug: true, document: { select: { slug: true } } },
    });
    for (const load of [
      () => getMunicipality.uncached(m),
      () => getDocument.uncached(m, most.document.slug),
      () => getArea.uncached(m, most.document.slug, area.slug),
      () => getAction.uncached(m, action.document.slug, action.slug),
    ]) {
      expect(await queriesOf(load)).toBeLessThanOrEqual(PAGE_QUERY_BUDGET);
    }
  });
});
