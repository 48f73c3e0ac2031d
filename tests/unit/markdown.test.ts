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
});
