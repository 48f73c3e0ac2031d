import { describe, expect, it } from "vitest";
import { slugify, SLUG_PATTERN } from "@/lib/slug";
import { actionSlug, goalSlug, parseGoalReference } from "@/lib/content/slugs";
import { pathPrefixes } from "@/lib/redirects/path-prefixes";

describe("slugify", () => {
  it("turns Swedish titles into readable ASCII slugs", () => {
    expect(slugify("Ett välmående Södertälje")).toBe("ett-valmaende-sodertalje");
    expect(slugify("Främja & skapa tillgängliga mötesplatser,")).toBe("framja-skapa-tillgangliga-motesplatser");
    expect(slugify("Handlingsplan Fri från våld 2024–2027")).toBe("handlingsplan-fri-fran-vald-2024-2027");
  });

  it("always produces a valid slug", () => {
    for (const title of ["  Å Ä Ö  ", "ANDTS (alkohol, narkotika, dopning, tobak och spel)", "1.1 Mål"]) {
      expect(slugify(title)).toMatch(SLUG_PATTERN);
    }
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("Varje invånare har goda möjligheter till inflytande och till att vara delaktig i samhällets utveckling");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect("varje-invanare-har-goda-mojligheter-till-inflytande-och-till-att-vara-delaktig-i-samhallets".startsWith(slug)).toBe(true);
  });

  it("derives goal and action slugs from code or number and title", () => {
    expect(goalSlug({ code: "A", title: "Varje barn lever i ekonomisk trygghet" })).toBe("a-varje-barn-lever-i-ekonomisk-trygghet");
    expect(actionSlug({ number: "2", title: "Förbättra närmiljöer" }, "4")).toBe("4-2-forbattra-narmiljoer");
    expect(goalSlug({ code: "A", title: "x", slug: "eget" })).toBe("eget");
  });
});

describe("goal references", () => {
  it("resolve within the document or across documents", () => {
    expect(parseGoalReference("A", "plan")).toEqual({ document: "plan", code: "A" });
    expect(parseGoalReference("strategi/B", "plan")).toEqual({ document: "strategi", code: "B" });
  });
});

describe("redirect prefixes", () => {
  it("lists a path and each parent, longest first", () => {
    expect(pathPrefixes("/sodertalje/dokument/gammal/mal/a")).toEqual([
      "/sodertalje/dokument/gammal/mal/a",
      "/sodertalje/dokument/gammal/mal",
      "/sodertalje/dokument/gammal",
      "/sodertalje/dokument",
      "/sodertalje",
    ]);
  });
});
