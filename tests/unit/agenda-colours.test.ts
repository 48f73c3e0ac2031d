import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { contrastRatio, textColour } from "@/lib/agenda2030/colour";

const goals = (parse(readFileSync("content/reference/agenda2030.yaml", "utf8")) as { goals: { number: number; color: string }[] }).goals;

describe("Agenda 2030 tiles", () => {
  it("use the 17 official colours", () => {
    expect(goals.map((g) => g.color)).toEqual([
      "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
      "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
    ]); // prettier-ignore
  });

  it.each(goals)("write goal $number's number and name with a contrast of at least 4.5:1", ({ color }) => {
    expect(contrastRatio(color, textColour(color))).toBeGreaterThanOrEqual(4.5);
  });
});
