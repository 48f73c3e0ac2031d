import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { routeLocale } from "@/lib/i18n/proxy";
import { localePath, splitLocale } from "@/lib/i18n/routing";
import { languageAlternates } from "@/lib/i18n/alternates";
import { renderVcl } from "@/lib/front/vcl";

const route = (url: string) => routeLocale(new NextRequest(new URL(url, "http://127.0.0.1:3000")));

describe("which language an address is in", () => {
  it("serves Swedish at today's addresses, rewritten to the sv segment with the query kept", () => {
    const r = route("/sodertalje/dokument/plan?x=1");
    expect(r).toMatchObject({ kind: "page", locale: "sv", rest: "/sodertalje/dokument/plan" });
    expect(r.kind === "page" && r.rewrite?.pathname).toBe("/sv/sodertalje/dokument/plan");
    expect(r.kind === "page" && r.rewrite?.search).toBe("?x=1");
    expect(route("/")).toMatchObject({ kind: "page", locale: "sv", rest: "/" });
  });

  it("serves /fi and /en as they are", () => {
    expect(route("/fi/sodertalje")).toEqual({ kind: "page", locale: "fi", rest: "/sodertalje", rewrite: null });
    expect(route("/en")).toEqual({ kind: "page", locale: "en", rest: "/", rewrite: null });
  });

  it("sends /sv/… to the one Swedish address", () => {
    const r = route("/sv/sodertalje?q=1");
    expect(r.kind).toBe("redirect");
    expect(r.kind === "redirect" && `${r.to.pathname}${r.to.search}`).toBe("/sodertalje?q=1");
  });

  it("passes a server action Next.js forwards to the page that holds it as it is", () => {
    const forwarded = new NextRequest(new URL("/[locale]/admin/[municipality]/innehall/[kind]/ny", "http://127.0.0.1:3000"), {
      method: "POST",
      headers: { "next-action": "abc", "x-action-forwarded": "1" },
    });
    expect(routeLocale(forwarded).kind).toBe("outside");
  });

  it("leaves the API, Next's assets and the site-wide files outside the languages", () => {
    for (const url of ["/api/v1/goals", "/_next/static/x.js", "/robots.txt", "/sitemap.xml", "/icon.svg"]) expect(route(url).kind).toBe("outside");
  });

  it("does not take a municipality whose slug starts like a language for a language", () => {
    expect(splitLocale("/finspang")).toEqual({ locale: "sv", rest: "/finspang", prefixed: false });
    expect(splitLocale("/enkoping/dokument")).toEqual({ locale: "sv", rest: "/enkoping/dokument", prefixed: false });
  });

  it("writes addresses in a language and lists a page's alternates", () => {
    expect(localePath("sv", "/sok")).toBe("/sok");
    expect(localePath("fi", "/")).toBe("/fi");
    expect(languageAlternates("/agenda-2030")).toEqual({ sv: "/agenda-2030", fi: "/fi/agenda-2030", en: "/en/agenda-2030", "x-default": "/agenda-2030" });
  });
});

describe("the caching front and the languages", () => {
  it("never stores the Finnish or English admin or sign-in pages", async () => {
    const vcl = await renderVcl({ backends: ["127.0.0.1:3000"], purgers: ["127.0.0.1"] });
    const uncached = [...vcl.matchAll(/if \(req\.url ~ "([^"]+)"\) \{\s*return \(pass\);/g)].map((m) => m[1]!);
    expect(uncached).toHaveLength(1);
    const pattern = new RegExp(uncached[0]!);
    for (const url of ["/admin", "/fi/admin/sodertalje", "/en/logga-in", "/konto/abc"]) expect(url).toMatch(pattern);
    for (const url of ["/fi/sodertalje", "/en", "/administration"]) expect(url).not.toMatch(pattern);
  });
});
