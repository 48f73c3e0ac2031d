import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
};

/**
 * The HTML of texts rendered lately, by their Markdown source: parsing and sanitising cost about a
 * tenth of an uncached goal page's CPU (docs/decisions/125), and a page renders again with the same
 * texts after every expiry of its tags. The source is the key, so an edited text is a new entry and
 * nothing needs expiring; the least recently used go once the sources held pass the budget (their
 * HTML takes about as much again).
 */
const MEMO_BUDGET_CHARS = 4_000_000;
const memo = new Map<string, string>();
let memoChars = 0;

function render(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, allowed);
}

/** Markdown from content or editors → HTML safe to insert: anything outside the allow-list is dropped. */
export function renderMarkdown(source: string): string {
  const known = memo.get(source);
  if (known !== undefined) {
    // Kept as the newest: a text every page shows is never the one to go.
    memo.delete(source);
    memo.set(source, known);
    return known;
  }
  const html = render(source);
  if (source.length > MEMO_BUDGET_CHARS) return html;
  memo.set(source, html);
  memoChars += source.length;
  for (const oldest of memo.keys()) {
    if (memoChars <= MEMO_BUDGET_CHARS) break;
    memo.delete(oldest);
    memoChars -= oldest.length;
  }
  return html;
}
