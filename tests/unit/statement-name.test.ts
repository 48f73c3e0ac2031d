import { describe, expect, it } from "vitest";
import { statementName } from "@/lib/db/statement-name";

describe("prepared statement names", () => {
  it("names reads by their text: SELECT, and WITH as search and coverage begin", () => {
    const select = statementName({ sql: 'SELECT "id" FROM "Goal" WHERE "slug" = $1' });
    expect(select).toMatch(/^r[\w-]{40}$/);
    expect(statementName({ sql: 'SELECT "id" FROM "Goal" WHERE "slug" = $1' })).toBe(select);
    expect(statementName({ sql: "\n    WITH q AS (SELECT to_tsquery('swedish', $1) AS query) SELECT 1" })).toMatch(/^r/);
    expect(statementName({ sql: 'SELECT "id" FROM "Area"' })).not.toBe(select);
  });

  it("leaves writes unnamed, and a word that only begins like a read", () => {
    for (const sql of ['INSERT INTO "Goal" ("slug") VALUES ($1)', 'UPDATE "Goal" SET "title" = $1', 'DELETE FROM "Goal"', "SELECTED", "WITHOUT"]) {
      expect(statementName({ sql })).toBe("");
    }
  });
});
