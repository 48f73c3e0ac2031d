import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

const ORIGIN = "https://portal.example.se";

/** Where a browser would end up if told to go to the returned path from a page on the site. */
const landsOn = (candidate: unknown) => new URL(safeReturnPath(candidate as string, ORIGIN), `${ORIGIN}/logga-in`);

// Each of these, taken as is, sends a browser off the site or breaks the response.
const hostile = [
  "//evil.example",
  "//evil.example/admin",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/%09/evil.example".replace("%09", "\t"),
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/admin\nLocation: https://evil.example",
  "/admin\r\nSet-Cookie: x=1",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  " //evil.example",
  "\t//evil.example",
  "https://evil.example",
  "https://evil.example/admin",
  "http://portal.example.se/admin",
  "https://portal.example.se.evil.example/admin",
  "https://portal.example.se@evil.example/admin",
  "HTTPS://EVIL.EXAMPLE",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "/.//evil.example",
  "/a/..//evil.example",
  "/./\\evil.example",
  "evil.example",
  "admin",
  "",
  "x".repeat(5000),
];

describe("safeReturnPath", () => {
  it.each(hostile.map((value) => [JSON.stringify(value).slice(0, 60), value]))("keeps %s on the site, at the admin start", (_label, value) => {
    const target = landsOn(value);
    expect(target.origin).toBe(ORIGIN);
    expect(target.pathname).toBe("/admin");
  });

  it.each([undefined, null, 42, ["/admin/a", "//evil.example"], {}])("answers the admin start for %j", (value) => {
    expect(safeReturnPath(value as string, ORIGIN)).toBe("/admin");
  });

  it.each([
    ["/admin/sodertalje", "/admin/sodertalje"],
    ["/admin/sodertalje/mal/12?flik=2#rubrik", "/admin/sodertalje/mal/12?flik=2#rubrik"],
    ["/sok?q=barn%20och%20unga", "/sok?q=barn%20och%20unga"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/admin/s%C3%B6dert%C3%A4lje", "/admin/s%C3%B6dert%C3%A4lje"],
    ["https://portal.example.se/admin/katrineholm", "/admin/katrineholm"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeReturnPath(value, ORIGIN)).toBe(expected);
    expect(landsOn(value).origin).toBe(ORIGIN);
  });
});
