import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders the Markdown the documents use", () => {
    const html = renderMarkdown("**Samverkan** – text\n\n- ett\n- två");
    expect(html).toContain("<strong>Samverkan</strong>");
    expect(html).toContain("<li>ett</li>");
  });

  it("drops scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror="alert(1)"> <a href="https://x.se" onclick="y()">l</a>\n\n[x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:|<img/i);
    expect(html).toContain('<a href="https://x.se">l</a>');
  });

  it("renders a text again as it was, and an edited text anew (the HTML is kept by source, docs/decisions/125)", () => {
    const first = renderMarkdown("Målet följs upp **varje år**.");
    expect(renderMarkdown("Målet följs upp **varje år**.")).toBe(first);
    expect(renderMarkdown("Målet följs upp **varannat år**.")).toContain("<strong>varannat år</strong>");
  });

  it("keeps rendering right once more text than the budget has passed through", () => {
    const long = (i: number) => `Stycke ${i}: ${"x".repeat(100_000)}`;
    for (let i = 0; i < 42; i++) expect(renderMarkdown(long(i))).toBe(`<p>${long(i)}</p>\n`);
    expect(renderMarkdown(long(0))).toBe(`<p>${long(0)}</p>\n`);
    expect(renderMarkdown("**kvar**")).toBe("<p><strong>kvar</strong></p>\n");
  });
});
