import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRouteParams, segments } from "@/lib/route-params";
import { parseSearchParams } from "@/lib/search/schema";
import { params, parseParams } from "@/lib/filters/schema";

/** Every dynamic segment name of every route folder under app/: `[municipality]`, `[...nextauth]`. */
function dynamicSegments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const match = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(e.name);
      return [...(match ? [match[1]!] : []), ...dynamicSegments(path.join(dir, e.name))];
    });
}

describe("route parameters", () => {
  it("has a schema for every dynamic segment a folder in app/ names", () => {
    const missing = [...new Set(dynamicSegments(path.resolve("app")))].filter((name) => !Object.hasOwn(segments, name));
    expect(missing).toEqual([]);
  });

  it("accepts the portal's own addresses", () => {
    expect(parseRouteParams({ municipality: "sodertalje", document: "strategi-2025", goal: "mal-a" })).toEqual({
      municipality: "sodertalje",
      document: "strategi-2025",
      goal: "mal-a",
    });
    expect(parseRouteParams({ agendaGoal: "mal-17", id: "42", dataset: "actions.csv" })).toEqual({ agendaGoal: 17, id: 42, dataset: "actions.csv" });
  });

  it.each([
    ["a NUL byte", { municipality: "sodertalje\u0000" }],
    ["a NUL byte alone", { document: "\u0000" }],
    ["a path traversal", { document: ".." }],
    ["SQL", { action: "x' OR '1'='1" }],
    ["a regex", { goal: "mal-.*" }],
    ["a prototype name", { type: "__proto__" }],
    ["valueOf", { kind: "valueOf" }],
    ["an overlong slug", { area: "a".repeat(201) }],
    ["a huge id", { id: "99999999999999999999" }],
    ["an id past the integer column", { id: "2147483648" }],
    ["a negative id", { id: "-1" }],
    ["a zero id", { documentId: "0" }],
    ["an id with an exponent", { id: "1e3" }],
    ["Agenda 2030 goal 18", { agendaGoal: "mal-18" }],
    ["Agenda 2030 goal 0", { agendaGoal: "mal-0" }],
    ["an unknown segment", { evil: "x" }],
    ["upper case", { municipality: "Sodertalje" }],
    ["an encoded slash", { municipality: "a%2Fb" }],
  ])("refuses %s", (_case, raw) => {
    expect(parseRouteParams(raw as Record<string, string>)).toBeNull();
  });
});

describe("query parameters", () => {
  it.each(["__proto__", "constructor", "valueOf", "toString", "hasOwnProperty"])("knows no search kind %s", (typ) => {
    const { values, problems } = parseSearchParams({ typ });
    expect(values.typ).toBeUndefined();
    expect(problems).toEqual([{ param: "typ", message: "params.typ" }]);
  });

  it("refuses control characters in the search words", () => {
    expect(parseSearchParams({ q: "barn\u0000" }).problems).toHaveLength(1);
    expect(parseSearchParams({ q: "barn och unga" }).values.q).toBe("barn och unga");
  });

  it.each(["0000-01-01", "0001-01-01", "1899-12-31", "3000-01-01", "2026-02-30", "2026-1-1", "+2026-01-01", "20260101"])(
    "refuses %s as a date since",
    (sedan) => {
      expect(parseParams({ sedan: params.sedan }, { sedan }).problems).toEqual([{ param: "sedan", message: "followUp.changes.invalidDate" }]);
    },
  );

  it("accepts a date since", () => {
    expect(parseParams({ sedan: params.sedan }, { sedan: "2025-06-01" }).values).toEqual({ sedan: "2025-06-01" });
  });
});

describe("route parameters checked by a schema built once per route", () => {
  it("checks every request of a route alike, and refuses an unknown name every time", () => {
    expect(parseRouteParams({ municipality: "sodertalje", goal: "mal-a" })).toEqual({ municipality: "sodertalje", goal: "mal-a" });
    expect(parseRouteParams({ municipality: "Sodertalje", goal: "mal-a" })).toBeNull();
    expect(parseRouteParams({ municipality: "sodertalje", goal: "mal-b" })).toEqual({ municipality: "sodertalje", goal: "mal-b" });
    for (let i = 0; i < 2; i++) expect(parseRouteParams({ municipality: "sodertalje", evil: "x" } as Record<string, string>)).toBeNull();
  });
});
