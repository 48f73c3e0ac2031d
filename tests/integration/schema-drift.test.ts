import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createEmptyDatabase } from "../support/database";
import { withClient } from "../support/pg-client";
import { databaseShape, expectedShape, loadDmmf } from "../support/schema-shape";

const schemaPath = path.join(process.cwd(), "prisma/schema.prisma");

const shapeOf = (url: string) => withClient(url, databaseShape);

describe("migrations and schema.prisma", () => {
  it("produce exactly the same database: tables, columns, types, nullability, defaults, keys, indexes, relations, enums", async () => {
    const expected = expectedShape(await loadDmmf(path.join(process.cwd(), "prisma/schema.prisma")));
    const actual = await shapeOf(process.env.DATABASE_URL!);
    expect(actual).toEqual(expected);
    // A guard against a vacuous pass: the model really is there.
    expect(actual).toContain("column Goal.title text not null");
    expect(actual).toContain("foreign key ActionGoal(goalId) -> Goal(id) on delete cascade");
    expect(actual).toContain("column Action.searchVector tsvector null generated");
    expect(actual).toContain("index Action(searchVector) using gin");
  });

  it("notices a generated column turned plain, or a GIN index turned B-tree", async () => {
    const expected = expectedShape(await loadDmmf(schemaPath));
    const url = await createEmptyDatabase("drift");
    await migrate(url);
    await withClient(url, async (client) => {
      await client.query(`ALTER TABLE "Goal" DROP COLUMN "searchVector"; ALTER TABLE "Goal" ADD COLUMN "searchVector" tsvector`);
      await client.query(`DROP INDEX "Action_searchVector_idx"; CREATE INDEX "Action_searchVector_idx" ON "Action" ("title")`);
    });
    const actual = await shapeOf(url);
    expect(expected.filter((line) => !actual.includes(line))).toEqual([
      "column Goal.searchVector tsvector null generated",
      "index Action(searchVector) using gin",
      "index Goal(searchVector) using gin",
    ]);
  });
});
