import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { accounts } from "./accounts";
import { query } from "./database";

const catalogue = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "lib", "i18n", "messages", `${locale}.json`), "utf8"));

function texts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return node && typeof node === "object" ? Object.values(node).flatMap(texts) : [];
}

// ICU syntax out (arguments, plural keywords), then words of letters only.
const words = (text: string) =>
  text
    .replace(/\{[\w]+(, *\w+)?\}?/g, " ")
    .toLocaleLowerCase("sv")
    .split(/[^a-zåäöéü]+/)
    .filter((w) => w.length >= 4);

/**
 * The Swedish catalogue's own words: those of its messages that no Finnish or English message uses,
 * so that finding one on a Finnish or English page means an untranslated interface word.
 */
export function swedishInterfaceWords(): Set<string> {
  const others = new Set([...texts(catalogue("fi")), ...texts(catalogue("en"))].flatMap(words));
  return new Set(
    texts(catalogue("sv"))
      .flatMap(words)
      .filter((w) => !others.has(w)),
  );
}

/**
 * The words a reader sees on the page outside any element marked as Swedish (`lang="sv"`: content
 * that has no translation, and the language switch's "Svenska").
 */
export async function visibleWordsOutsideSwedish(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('[lang="sv"], script, style, [hidden]')) continue;
      if (!element.checkVisibility() && !element.closest(".sr-only")) continue;
      parts.push(node.textContent ?? "");
    }
    // What a screen reader reads besides the text: labels of landmarks and controls.
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
      if (el.closest('[lang="sv"]')) continue;
      for (const attr of ["aria-label", "title", "placeholder", "alt"]) parts.push(el.getAttribute(attr) ?? "");
    }
    // Not document.title: it names the page by its content's title, which a <title> cannot mark as Swedish.
    return parts.join(" ");
  });
  return words(text);
}

/**
 * The catalogue's Swedish words, less those of names: people's, organisations' and municipalities'
 * names are in no language and not marked lang="sv", though some are Swedish words ("Alva
 * Administratör", "Kommunkoncernen (alla nämnder och bolag)", a follow-up's responsible "Sara Samordnare").
 */
export async function swedishOutsideNames(): Promise<Set<string>> {
  const stored = await query<{ name: string }>(
    `SELECT name FROM "Organisation" UNION SELECT name FROM "Municipality" UNION SELECT name FROM "User" WHERE name IS NOT NULL
     UNION SELECT "responsiblePerson" FROM "ActionFollowUp" WHERE "responsiblePerson" IS NOT NULL`,
  );
  const names = [...Object.values(accounts).map((a) => a.name), ...stored.map((r) => r.name)];
  const nameWords = new Set(names.flatMap((name) => name.toLocaleLowerCase("sv").split(/[^a-zåäöéü]+/)));
  return new Set([...swedishInterfaceWords()].filter((w) => !nameWords.has(w)));
}
