/**
 * ts_headline marks matches with two control characters instead of HTML, so no markup from the
 * database ever reaches the page: the text is split here and React escapes every part.
 */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export type MarkedText = { text: string; hit: boolean }[];

const markdownNoise = [
  [/\[([^\]]*)\]\([^)\s]*\)?/g, "$1"], // [text](url) → text, also when the snippet cut the address
  [/(\*\*|__|\*|`)/g, ""],
  [/^\s*(#{1,6}|>|[-*+]|\d+\.)\s+/gm, ""],
  [/\s+/g, " "],
] as const;

const MARKED = /\u0001([^\u0001\u0002]*)\u0002/g;
const stray = (text: string) => text.replace(/[\u0001\u0002]/g, "");

/** Splits a headline into plain and matched parts; Markdown syntax in snippets is dropped. */
export function parseMarked(headline: string): MarkedText {
  let text = headline;
  for (const [pattern, replacement] of markdownNoise) text = text.replace(pattern, replacement);
  text = text.trim();
  const parts: MarkedText = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) parts.push({ text: stray(text.slice(last, match.index)), hit: false });
    if (match[1]) parts.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: stray(text.slice(last)).trimEnd(), hit: false });
  return parts.filter((p) => p.text);
}
