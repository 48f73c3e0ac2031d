import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Localized } from "@/components/Localized";
import { catalogues } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/routing";
import { inLocale } from "../support/intl";

const render = (pageLocale: Locale, props: Omit<Parameters<typeof Localized>[0], "pageLocale">) =>
  renderToStaticMarkup(inLocale(pageLocale, createElement(Localized, { ...props, pageLocale })));

describe("a content text that may be missing in the page's language", () => {
  it("in the page's language is the text alone, without a lang attribute or note", () => {
    const html = render("en", { text: "Safe schools", lang: "en", as: "h1", id: "title" });
    expect(html).toBe('<h1 id="title">Safe schools</h1>');
  });

  it("in Swedish on another page says its language on the element and carries one note in the page's language", () => {
    const html = render("fi", { text: "Trygga skolor", lang: "sv", as: "h1" });
    expect(html).toMatch(/^<h1 lang="sv">Trygga skolor<span lang="fi" class="[^"]*text-xs[^"]*">[^<]+<\/span><\/h1>$/);
    const note = /<span lang="fi"[^>]*>([^<]+)<\/span>/.exec(html)![1]!;
    expect(note).toBe(catalogues.fi.site.translationMissing);
    expect(html.split(note).length - 1).toBe(1);
  });

  it("renders Markdown as a block with the note under it", () => {
    const html = render("en", { text: "Ett **viktigt** mål", lang: "sv", as: "div", markdown: true });
    expect(html).toContain('<div lang="sv"><div class="prose ">');
    expect(html).toContain("<strong>viktigt</strong>");
    expect(html).toMatch(/<span lang="en" class="block [^"]*">[^<]+<\/span><\/div>$/);
  });
});
