import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createEmptyDatabase } from "../support/database";
import { databaseShape, expectedShape, loadDmmf } from "../support/schema-shape";

const schemaPath = path.join(process.cwd(), "prisma/schema.prisma");

async function shapeOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await databaseShape(client);
  } finally {
    await client.end();
  }
}

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
      expect(actual).toContain("column Action.searchVector tsvector null generated");
      expect(actual).toContain("index Action(searchVector) using gin");
    } finally {
      await client.end();
    }
  });

  it("notices a generated column turned plain, or a GIN index turned B-tree", async () => {
    const expected = expectedShape(await loadDmmf(schemaPath));
    const url = await createEmptyDatabase("drift");
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`ALTER TABLE "Goal" DROP COLUMN "searchVector"; ALTER TABLE "Goal" ADD COLUMN "searchVector" tsvector`);
    await client.query(`DROP INDEX "Action_searchVector_idx"; CREATE INDEX "Action_searchVector_idx" ON "Action" ("title")`);
    await client.end();
    const actual = await shapeOf(url);
    expect(expected.filter((line) => !actual.includes(line))).toEqual([
      "column Goal.searchVector tsvector null generated",
      "index Action(searchVector) using gin",
      "index Goal(searchVector) using gin",
    ]);
  });
});
