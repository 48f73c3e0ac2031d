import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";

/**
 * A Word plan's proposed structure, from the HTML mammoth makes of it: headings and numbered list items
 * are the plan's rows; the paragraphs, bullet lists and tables after a row are its text (Markdown). Pure,
 * so the proposal can be tested without a file or a database; the coordinator corrects it before anything is written.
 */
export type Level = "area" | "goal" | "action";
export const levels: readonly Level[] = ["area", "goal", "action"];

export type ProposedRow = { level: Level; number: string; title: string; text: string };
export type Proposal = {
  /** The Word title (style "Title", or a lone top heading above deeper ones). */
  title: string | null;
  /** Text before the first row: a proposed summary. */
  intro: string;
  /** The level names the headings use ("Fokusområde 1: …" names the areas "Fokusområde"). */
  labels: Partial<Record<Level, { singular: string; plural: string }>>;
  rows: ProposedRow[];
};

/** How mammoth is asked to mark the Word title, so it is not taken for an area. */
export const TITLE_STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh"];

type Block =
  { kind: "heading"; depth: number; text: string } | { kind: "item"; text: string } | { kind: "title"; text: string } | { kind: "text"; markdown: string };

// Control characters (Word's field codes leave some) are not text, and PostgreSQL refuses NUL.
const clean = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function textOf(node: ChildNode, skip?: (e: Element) => boolean): string {
  if (node.type === "text") return node.data;
  if (!("children" in node) || (node.type === "tag" && skip?.(node))) return "";
  const inner = node.children.map((c) => textOf(c, skip)).join("");
  return node.type === "tag" && (node.name === "p" || node.name === "br") ? `${inner} ` : inner;
}

const elements = (nodes: ChildNode[]) => nodes.filter((n): n is Element => n.type === "tag");
const isList = (e: Element) => e.name === "ol" || e.name === "ul";

function tableMarkdown(table: Element): string {
  const rows = elements(table.children).flatMap((e) => (e.name === "tr" ? [e] : elements(e.children).filter((r) => r.name === "tr")));
  const cells = rows.map((r) => elements(r.children).map((c) => clean(textOf(c)).replace(/\|/g, "\\|")));
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (width === 0) return "";
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? "").join(" | ")} |`;
  return [line(cells[0]!), line(Array(width).fill("---")), ...cells.slice(1).map(line)].join("\n");
}

function bulletMarkdown(list: Element, indent = ""): string {
  return elements(list.children)
    .filter((li) => li.name === "li")
    .flatMap((li) => [
      `${indent}- ${clean(textOf(li, isList))}`,
      ...elements(li.children)
        .filter(isList)
        .map((l) => bulletMarkdown(l, `${indent}  `)),
    ])
    .join("\n");
}

function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  for (const node of elements(parseDocument(html).children)) {
    const heading = /^h([1-6])$/.exec(node.name);
    if (heading) {
      const text = clean(textOf(node));
      if (!text) continue;
      blocks.push(node.attribs.class === "doc-title" ? { kind: "title", text } : { kind: "heading", depth: Number(heading[1]), text });
    } else if (node.name === "ol") {
      // A numbered list's items are rows; what is nested in an item is that item's text.
      for (const li of elements(node.children).filter((e) => e.name === "li")) {
        const text = clean(textOf(li, isList));
        if (text) blocks.push({ kind: "item", text });
        const nested = elements(li.children).filter(isList);
        if (nested.length > 0) blocks.push({ kind: "text", markdown: nested.map((l) => bulletMarkdown(l)).join("\n") });
      }
    } else if (node.name === "ul") {
      blocks.push({ kind: "text", markdown: bulletMarkdown(node) });
    } else if (node.name === "table") {
      blocks.push({ kind: "text", markdown: tableMarkdown(node) });
    } else {
      const text = clean(textOf(node));
      if (text) blocks.push({ kind: "text", markdown: text });
    }
  }
  return blocks.filter((b) => b.kind !== "text" || b.markdown !== "");
}

/** "Fokusområde 1: Trygghet" → label, number and title; "2.1 Fler trygga" → number and title. */
export function splitHeading(text: string): { label?: string; number: string; title: string } {
  const labelled = /^(\p{L}[\p{L}-]*)\s+(\d+(?:\.\d+)*|[A-ZÅÄÖ])\b[.:)]?\s*[-–:]?\s*(.*)$/u.exec(text);
  if (labelled && /^\p{Lu}/u.test(labelled[1]!)) return { label: labelled[1], number: labelled[2]!, title: labelled[3] || text };
  const numbered = /^(\d+(?:\.\d+)*)[.)]?\s+(.+)$/.exec(text);
  if (numbered) return { number: numbered[1]!, title: numbered[2]! };
  return { number: "", title: text };
}

const plurals: Record<string, string> = {
  mål: "Mål",
  delmål: "Delmål",
  resultatmål: "Resultatmål",
  effektmål: "Effektmål",
  uppdrag: "Uppdrag",
  åtgärd: "Åtgärder",
  insats: "Insatser",
  aktivitet: "Aktiviteter",
  målsättning: "Målsättningar",
};

/** The plural Swedish documents use for a level name; the coordinator can correct it. */
export function pluralOf(word: string): string {
  const known = plurals[word.toLowerCase()];
  if (known) return known;
  if (/område$/i.test(word)) return `${word}n`;
  if (/(ing|het)$/i.test(word)) return `${word}${/het$/i.test(word) ? "er" : "ar"}`;
  return word;
}

/** The heading depths and the numbered items, in the order they nest: the first three are areas, goals and actions. */
function unitsOf(blocks: Block[]): (number | "item")[] {
  const depths = [...new Set(blocks.flatMap((b) => (b.kind === "heading" ? [b.depth] : [])))].sort((a, b) => a - b);
  return blocks.some((b) => b.kind === "item") ? [...depths, "item"] : depths;
}

function levelsFor(units: (number | "item")[]): Map<number | "item", Level> {
  // Two kinds of rows: headings over numbered items are areas and actions, two heading depths areas and goals.
  const order: Level[] = units.length === 2 && units[1] === "item" ? ["area", "action"] : [...levels];
  return new Map(units.slice(0, 3).map((u, i) => [u, order[i]!]));
}

export function proposeOutline(html: string): Proposal {
  let blocks = blocksOf(html);
  let title = blocks.find((b) => b.kind === "title")?.text ?? null;
  const headings = blocks.filter((b) => b.kind === "heading");
  const top = Math.min(...headings.map((h) => h.depth));
  const tops = headings.filter((h) => h.depth === top);
  // One heading above all the others is the document's title (many plans have no "Title" style).
  if (!title && tops.length === 1 && headings.length > 1 && blocks.find((b) => b.kind === "heading") === tops[0]) {
    title = tops[0]!.text;
    blocks = blocks.filter((b) => b !== tops[0]);
  }
  blocks = blocks.filter((b) => b.kind !== "title");

  // A numbered list before any heading is text (an introduction), not rows.
  const firstHeading = blocks.findIndex((b) => b.kind === "heading");
  blocks = blocks.map((b, i) => (b.kind === "item" && (firstHeading === -1 || i < firstHeading) ? { kind: "text", markdown: `- ${b.text}` } : b));
  const levelOf = levelsFor(unitsOf(blocks));

  const intro: string[] = [];
  const rows: ProposedRow[] = [];
  const texts: string[][] = [];
  const labelCounts = new Map<Level, Map<string, number>>();
  for (const block of blocks) {
    const level = block.kind === "heading" ? levelOf.get(block.depth) : block.kind === "item" ? levelOf.get("item") : undefined;
    if ((block.kind === "heading" || block.kind === "item") && level) {
      const { label, number, title: rowTitle } = block.kind === "heading" ? splitHeading(block.text) : { label: undefined, number: "", title: block.text };
      rows.push({ level, number, title: rowTitle, text: "" });
      texts.push([]);
      if (label) {
        const counts = labelCounts.get(level) ?? new Map<string, number>();
        labelCounts.set(level, counts.set(label, (counts.get(label) ?? 0) + 1));
      }
      continue;
    }
    // Headings deeper than the three levels, and everything else, are the text of the row above.
    const markdown = block.kind === "text" ? block.markdown : block.kind === "heading" ? `**${block.text}**` : `- ${block.text}`;
    (texts.at(-1) ?? intro).push(markdown);
  }
  rows.forEach((row, i) => (row.text = texts[i]!.join("\n\n")));

  const labels: Proposal["labels"] = {};
  for (const [level, counts] of labelCounts) {
    const [word] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    labels[level] = { singular: word, plural: pluralOf(word) };
  }
  return { title, intro: intro.join("\n\n"), labels, rows };
}
