import { describe, expect, it } from "vitest";
import { progressOf } from "@/lib/followup/progress";
import { saveActionFollowUpsSchema } from "@/lib/followup/schema";
import { trendOf } from "@/lib/indicators/trend";
import { chartLayout, niceTicks } from "@/lib/indicators/chart";
import { cellOfField, valueField, valueFieldLabel, valueProblem } from "@/lib/indicators/values";
import { formatValue } from "@/lib/indicators/format";
import { nestRows } from "@/lib/admin/rows";
import { translator } from "@/lib/i18n/translator";

describe("the progress rule", () => {
  it("is the share of done actions among those to be carried out; gaps count as not done", () => {
    const p = progressOf(["DONE", "DONE", "IN_PROGRESS", "CANCELLED", "NOT_ASSESSABLE", null]);
    expect(p).toMatchObject({ total: 6, counted: 4, done: 2, share: 50 });
    expect(p.counts).toMatchObject({ DONE: 2, IN_PROGRESS: 1, CANCELLED: 1, NOT_ASSESSABLE: 1, MISSING: 1, DELAYED: 0 });
  });

  it("has no share when nothing is to be carried out", () => {
    expect(progressOf(["CANCELLED"]).share).toBeNull();
    expect(progressOf([]).share).toBeNull();
  });
});

describe("the trend rule", () => {
  const points = (...values: number[]) => values.map((value, i) => ({ year: 2020 + i, value }));

  it("compares the latest value with the previous one, by the indicator's direction", () => {
    expect(trendOf(points(60, 62), true)).toMatchObject({ direction: "up", judgement: "better", from: { year: 2020 }, to: { year: 2021 } });
    expect(trendOf(points(60, 62), false)).toMatchObject({ direction: "up", judgement: "worse" });
    expect(trendOf(points(62, 60), false)).toMatchObject({ direction: "down", judgement: "better" });
  });

  it("calls values equal at one decimal unchanged, and needs two values", () => {
    expect(trendOf(points(60.04, 60.01), true)).toMatchObject({ direction: "flat", judgement: "unchanged" });
    expect(trendOf(points(60), true)).toBeNull();
  });

  it("orders by year, not by the order given", () => {
    expect(
      trendOf(
        [
          { year: 2023, value: 5 },
          { year: 2021, value: 9 },
          { year: 2022, value: 7 },
        ],
        true,
      ),
    ).toMatchObject({ from: { year: 2022 }, to: { year: 2023 }, judgement: "worse" });
  });
});

describe("the indicator chart's layout", () => {
  it("uses round ticks that cover the values", () => {
    expect(niceTicks(0, 71)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 4.2)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("starts at zero, runs through the target year and draws one path per series with values", () => {
    const layout = chartLayout(
      [
        { year: 2021, total: 60, women: 63, men: 57, national: null, missing: [] },
        { year: 2022, total: 62, women: 65, men: 59, national: 70, missing: [] },
      ],
      { value: 75, year: 2025 },
      true,
    );
    expect(layout.yTicks[0]!.value).toBe(0);
    expect(layout.xTicks.map((t) => t.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(layout.series.map((s) => s.key)).toEqual(["total", "women", "men", "national"]);
    expect(layout.series[0]!.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(layout.target!.x).toBe(layout.plot.right);
    // Higher values are higher up.
    expect(layout.target!.y).toBeLessThan(layout.series[0]!.points[1]!.y);
  });

  it("never draws a percent axis above 100", () => {
    const layout = chartLayout([{ year: 2023, total: 98, women: null, men: null, national: null, missing: [] }], null, true);
    expect(layout.yTicks.at(-1)!.value).toBe(100);
  });
});

describe("indicator values", () => {
  it("are checked against the value type", () => {
    expect(valueProblem("PERCENT", 101)).toBe("indicators.validation.percent");
    expect(valueProblem("PERCENT", -0.1)).toBe("indicators.validation.percent");
    expect(valueProblem("INTEGER", 12.5)).toBe("indicators.validation.integer");
    expect(valueProblem("DECIMAL", 12.5)).toBeNull();
    expect(valueProblem("INTEGER", Number.NaN)).toBe("indicators.validation.number");
    expect(translator("sv")("indicators.validation.percent")).toMatch(/procent/);
  });

  it("have one snapshot field each, named so people can read the history", () => {
    const field = valueField({ year: 2023, gender: "WOMEN", national: true });
    expect(field).toBe("value 2023/riket/K");
    expect(cellOfField(field)).toEqual({ year: 2023, gender: "WOMEN", national: true });
    expect(valueFieldLabel(translator("sv"), "sv", field)).toBe("2023, riket, kvinnor");
    expect(valueFieldLabel(translator("en"), "en", "value 2023/M")).toBe(`2023, ${translator("en")("indicators.gender.MEN").toLocaleLowerCase("en")}`);
    expect(cellOfField("name")).toBeNull();
  });

  it("are written the reader's way", () => {
    expect(formatValue(64.25, "PERCENT", "sv")).toMatch(/^64,3\s%$/);
    expect(formatValue(1234, "INTEGER", "sv")).toMatch(/^1\s234$/);
    expect(formatValue(64.25, "PERCENT", "en")).toBe("64.3%");
    expect(formatValue(1234.567, "DECIMAL", "en")).toBe("1,234.57");
    expect(formatValue(64.25, "PERCENT", "fi")).toMatch(/^64,3\s%$/);
  });
});

describe("follow-up tables", () => {
  it("nest posted cells by row", () => {
    expect(nestRows({ periodId: "3", "rows.12.status": "DONE", "rows.12.version": "0", "rows.13.version": "2" })).toEqual({
      periodId: "3",
      rows: { "12": { status: "DONE", version: "0" }, "13": { version: "2" } },
    });
  });

  it("leave out new rows with nothing filled in, but not rows that had a record", () => {
    const parsed = saveActionFollowUpsSchema.safeParse({ periodId: 1, rows: { "5": { version: "0" }, "6": { version: "3" } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["rows.6.status"]);
  });

  it("require the reason when an action cannot be assessed", () => {
    const parsed = saveActionFollowUpsSchema.safeParse({ periodId: 1, rows: { "5": { version: 0, status: "NOT_ASSESSABLE" } } });
    expect(parsed.error!.issues).toMatchObject([{ path: ["rows", "5", "reason"], message: "followUp.validation.reasonRequired" }]);
  });
});
