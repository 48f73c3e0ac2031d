import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const lib = path.resolve("lib");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "generated" ? [] : files(path.join(dir, e.name))) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );

/** A status written into a query by hand: a Prisma status filter, or a status literal in SQL. */
const handWritten = /'(PUBLISHED|REPLACED|DRAFT|ARCHIVED)'|status:\s*"(PUBLISHED|REPLACED)"|status:\s*\{\s*in:/;

describe("the public visibility rule", () => {
  it("is written in one module: no read model that uses it, and no raw SQL, spells a status itself", () => {
    const readers = files(lib).filter((f) => {
      if (f.endsWith(path.join("documents", "visibility.ts"))) return false;
      const source = readFileSync(f, "utf8");
      return /documents\/visibility"|from "\.\/visibility"|\$queryRaw/.test(source);
    });
    expect(readers.length).toBeGreaterThan(20);
    const offenders = readers.filter((f) => handWritten.test(readFileSync(f, "utf8"))).map((f) => path.relative(lib, f));
    expect(offenders).toEqual([]);
  });
});
