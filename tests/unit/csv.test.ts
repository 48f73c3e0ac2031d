import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/open-data/csv";

const one = (value: unknown) => toCsv(["a"], [{ a: value }]).split("\r\n")[1];

describe("the CSV writer", () => {
  it("writes plain text, numbers and empty cells as they are, and quotes separators and quotes (RFC 4180)", () => {
    expect(one("Trygg skola")).toBe("Trygg skola");
    expect(one(-5)).toBe("-5");
    expect(one(null)).toBe("");
    expect(one('Säger "ja", sedan')).toBe('"Säger ""ja"", sedan"');
    expect(one(["a", "b"])).toBe("a;b");
  });

  it.each(["=1+1", "+46 8 123", "-2+3", "@SUM(A1)", "\tTAB", "\r=x", '=HYPERLINK("http://evil.example","klicka")'])(
    "neutralises a text starting like a formula (%j) as OWASP recommends: a single quote before it, and the field quoted",
    (text) => {
      expect(one(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
    },
  );

  it("neutralises every item of a list cell, which a spreadsheet may split on its semicolons", () => {
    expect(one(["Socialnämnden", "=cmd|' /C calc'!A0"])).toBe(`"Socialnämnden;'=cmd|' /C calc'!A0"`);
  });
});
