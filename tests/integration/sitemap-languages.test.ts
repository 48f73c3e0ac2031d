import { describe, expect, it, vi } from "vitest";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";
import { sitemapEntries } from "@/lib/sitemap/queries";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/xml";
import { createPlan } from "../factories/plan";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

describe("the sitemap in three languages", () => {
  it("lists every page once, naming its Swedish, Finnish and English addresses and the Swedish default", async () => {
    const plan = await createPlan();
    const goal = paths.goal(plan.municipality.slug, plan.strategy.slug, plan.goals[0]!.slug);
    const languages = { sv: absoluteUrl(goal), fi: absoluteUrl(`/fi${goal}`), en: absoluteUrl(`/en${goal}`), "x-default": absoluteUrl(goal) };

    const [entries, swedish] = await Promise.all([sitemap(), sitemapEntries()]);

    expect(entries.map((e) => e.url)).toEqual(swedish.map((e) => e.url));
    expect(entries.find((e) => e.url === languages.sv)?.alternates?.languages).toEqual(languages);
    // The start page's Finnish and English addresses are the bare prefixes.
    expect(entries.find((e) => e.url === absoluteUrl("/"))?.alternates?.languages).toMatchObject({ fi: absoluteUrl("/fi"), en: absoluteUrl("/en") });
  });
});

describe("robots.txt", () => {
  it("keeps crawlers out of search results and the admin in every language", () => {
    const rules = robots().rules;
    const disallow = (Array.isArray(rules) ? rules[0] : rules)?.disallow;
    expect(disallow).toEqual(expect.arrayContaining(["/sok", "/fi/sok", "/en/sok", "/admin", "/fi/admin", "/en/admin"]));
  });
});
