import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/decisions/091: ESLint's no-cycle sees files; this sees lib's folders (a top-level file counts as
// its own folder), so the layering stays readable: no folder depends on one that depends back on it.
const lib = path.resolve("lib");
const folderOf = (file: string) =>
  path
    .relative(lib, file)
    .split(path.sep)[0]!
    .replace(/\.tsx?$/, "");

function dependencies(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  const files = readdirSync(lib, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("generated"));
  for (const file of files) {
    const from = folderOf(path.join(lib, file));
    // Type-only imports vanish at run time and cannot make a cycle of modules.
    const source = readFileSync(path.join(lib, file), "utf8").replace(/import type [^;]+;/g, "");
    for (const [, target] of source.matchAll(/from\s+"@\/lib\/([^"/]+)/g)) {
      const to = target!.replace(/\.tsx?$/, "");
      if (to === from || to === "generated") continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `lib/${file}`);
    }
  }
  return edges;
}

/** A path from `to` back to `from`, if there is one. */
function pathBack(edges: Map<string, Map<string, string>>, from: string, to: string): string[] | null {
  const seen = new Set<string>();
  const walk = (node: string, trail: string[]): string[] | null => {
    if (node === from) return trail;
    if (seen.has(node)) return null;
    seen.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      const found = walk(next, [...trail, `${node} → ${next} (${edges.get(node)!.get(next)})`]);
      if (found) return found;
    }
    return null;
  };
  return walk(to, []);
}

describe("lib's folders", () => {
  it("depend on each other without a cycle", () => {
    const edges = dependencies();
    const cycles: string[] = [];
    for (const [from, targets] of edges)
      for (const [to, file] of targets) {
        const back = pathBack(edges, from, to);
        if (back) cycles.push([`${from} → ${to} (${file})`, ...back].join("\n  "));
      }
    expect(cycles).toEqual([]);
  });
});
