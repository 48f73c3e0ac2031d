import { describe, expect, it, vi } from "vitest";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";
import { sitemapEntries } from "@/lib/sitemap/queries";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/xml";
import { createPlan } from "../factories/plan";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

describe("the sitemap in three languages", () => {
  it("lists every page in Swedish, Finnish and English, each entry naming all three and the Swedish default", async () => {
    const plan = await createPlan();
    const goal = paths.goal(plan.municipality.slug, plan.strategy.slug, plan.goals[0]!.slug);
    const languages = { sv: absoluteUrl(goal), fi: absoluteUrl(`/fi${goal}`), en: absoluteUrl(`/en${goal}`), "x-default": absoluteUrl(goal) };

    const [entries, swedish] = await Promise.all([sitemap(), sitemapEntries()]);

    expect(entries).toHaveLength(swedish.length * 3);
    for (const url of [languages.sv, languages.fi, languages.en]) {
      expect(entries.find((e) => e.url === url)?.alternates?.languages, url).toEqual(languages);
    }
    // The start page's Finnish and English addresses are the bare prefixes.
    expect(entries.map((e) => e.url)).toEqual(expect.arrayContaining([absoluteUrl("/"), absoluteUrl("/fi"), absoluteUrl("/en")]));
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of search results and the admin in every language", () => {
    const rules = robots().rules;
    const disallow = (Array.isArray(rules) ? rules[0] : rules)?.disallow;
    expect(disallow).toEqual(expect.arrayContaining(["/sok", "/fi/sok", "/en/sok", "/admin", "/fi/admin", "/en/admin"]));
  });
});
