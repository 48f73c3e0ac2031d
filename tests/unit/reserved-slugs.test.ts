import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/routing";
import { createMunicipalitySchema, RESERVED_SLUGS, shortNameOf } from "@/lib/platform/schema";

const app = path.resolve(import.meta.dirname, "../../app");
/** Static folders of a route folder: the addresses that win over a dynamic `[municipality]` beside them. */
const staticFolders = (dir: string) =>
  readdirSync(path.join(app, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("[") && !e.name.startsWith("("))
    .map((e) => e.name);

describe("a new municipality's slug", () => {
  it("may not be one of the portal's own addresses beside /<municipality> and /admin/<municipality>", () => {
    const taken = [...staticFolders("."), ...staticFolders("[locale]"), ...staticFolders("[locale]/(public)"), ...staticFolders("[locale]/admin")].filter(
      (name) => /^[a-z0-9-]+$/.test(name),
    );
    expect(taken.filter((name) => !(RESERVED_SLUGS as readonly string[]).includes(name))).toEqual([]);
  });

  it("may not be a language's prefix (/fi, /en, /sv)", () => {
    for (const locale of locales) expect(RESERVED_SLUGS as readonly string[]).toContain(locale);
  });

  it("is refused when reserved, and the municipality code must be four digits", () => {
    const valid = { name: "Testkommun", slug: "testkommun", code: "0999" };
    expect(createMunicipalitySchema.safeParse(valid).success).toBe(true);
    expect(createMunicipalitySchema.safeParse({ ...valid, slug: "logga-in" }).success).toBe(false);
    for (const code of ["999", "09999", "abcd", "09 9"]) expect(createMunicipalitySchema.safeParse({ ...valid, code }).success, code).toBe(false);
  });

  it("gives a short name without 'kommun' or 'stad'", () => {
    expect(shortNameOf("Katrineholms kommun")).toBe("Katrineholm");
    expect(shortNameOf("Göteborgs stad")).toBe("Göteborg");
    expect(shortNameOf("Testkommun")).toBe("Testkommun");
  });
});
