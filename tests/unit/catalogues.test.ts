import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales, type Locale } from "@/lib/i18n/routing";

/**
 * The three catalogues must hold the same keys, and each message the same arguments used the same way,
 * so a page never shows a key or loses a value in one language; every message must be valid ICU.
 * Read from the JSON files themselves: lib/i18n/catalogues.ts casts fi and en to the Swedish type.
 */
const dir = path.join(import.meta.dirname, "../../lib/i18n/messages");
const catalogue = (locale: Locale) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Record<string, unknown>;

function flatten(tree: Record<string, unknown>, prefix = ""): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === "object" && !Array.isArray(value))
      for (const e of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) entries.set(...e);
    else entries.set(`${prefix}${key}`, value);
  }
  return entries;
}

const kinds: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/**
 * A message's arguments as "name:kind" ("n:plural", "q:select", "date:date"): how each is used, not the
 * words around it nor a plural's categories (Finnish and English need other ones than Swedish may).
 * A select's own cases are values the code passes, so they are part of the contract too.
 */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    const kind = kinds[e.type];
    if (kind && "value" in e) into.add(`${e.value}:${kind}`);
    if (e.type === TYPE.select) for (const [option, { value }] of Object.entries(e.options)) (into.add(`${e.value}=${option}`), argumentsOf(value, into));
    if (e.type === TYPE.plural) for (const { value } of Object.values(e.options)) argumentsOf(value, into);
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

const flat = Object.fromEntries(locales.map((l) => [l, flatten(catalogue(l))])) as Record<Locale, Map<string, unknown>>;
const keys = [...new Set(locales.flatMap((l) => [...flat[l].keys()]))].sort();

describe("message catalogues", () => {
  it("have messages", () => expect(flat.sv.size).toBeGreaterThan(500));

  it.each(locales)("%s has every key of the others, and no other", (locale) => {
    const missing = keys.filter((k) => !flat[locale].has(k));
    expect(missing, `keys missing from ${locale}.json`).toEqual([]);
  });

  it.each(locales)("%s holds only text messages", (locale) => {
    const notText = [...flat[locale]].filter(([, v]) => typeof v !== "string").map(([k]) => k);
    expect(notText).toEqual([]);
  });

  it.each(locales)("every message of %s parses as ICU", (locale) => {
    const broken: string[] = [];
    for (const [key, value] of flat[locale]) {
      try {
        parse(String(value));
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(locales.filter((l) => l !== "sv"))("every message of %s uses the Swedish message's arguments, in the same way", (locale) => {
    const differing: string[] = [];
    for (const [key, source] of flat.sv) {
      const translated = flat[locale].get(key);
      if (typeof source !== "string" || typeof translated !== "string") continue;
      let expected: string[], actual: string[];
      try {
        expected = [...argumentsOf(parse(source))].sort();
        actual = [...argumentsOf(parse(translated))].sort();
      } catch {
        continue; // reported by the parsing test
      }
      if (expected.join() !== actual.join()) differing.push(`${key}: sv [${expected.join(", ")}] ≠ ${locale} [${actual.join(", ")}]`);
    }
    expect(differing).toEqual([]);
  });
});

describe("the arguments check", () => {
  const args = (m: string) => [...argumentsOf(parse(m))].sort();

  it("tells a renamed argument, a plural that became plain text, and a select's cases", () => {
    expect(args("{n, plural, one {# åtgärd} other {# åtgärder}} i {period}")).toEqual(["n:plural", "period:text"]);
    expect(args("{n} actions in {period}")).toEqual(["n:text", "period:text"]);
    expect(args("{count, plural, one {# action} other {# actions}} in {period}")).not.toEqual(
      args("{n, plural, one {# åtgärd} other {# åtgärder}} i {period}"),
    );
    expect(args("{q, select, none {} other {på {q}}}")).toEqual(["q:select", "q:text", "q=none", "q=other"]);
  });

  it("ignores a plural's categories, which differ by language", () => {
    expect(args("{n, plural, one {# toimenpide} other {# toimenpidettä}}")).toEqual(args("{n, plural, =0 {inga} one {# åtgärd} other {# åtgärder}}"));
  });
});
