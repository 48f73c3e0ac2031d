import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseShape, expectedShape, loadDmmf } from "../support/schema-shape";

describe("migrations and schema.prisma", () => {
  it("produce exactly the same database: tables, columns, types, nullability, defaults, keys, indexes, relations, enums", async () => {
    const expected = expectedShape(await loadDmmf(path.join(process.cwd(), "prisma/schema.prisma")));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const actual = await databaseShape(client);
      expect(actual).toEqual(expected);
      // A guard against a vacuous pass: the model really is there.
      expect(actual).toContain("column Goal.title text not null");
      expect(actual).toContain("foreign key ActionGoal(goalId) -> Goal(id) on delete cascade");
    } finally {
      await client.end();
    }
  });
});
