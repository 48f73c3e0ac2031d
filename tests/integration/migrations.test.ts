import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "@/lib/db/migrate";
import { createEmptyDatabase } from "../support/database";
import { withClient } from "../support/pg-client";

const query = <T extends pg.QueryResultRow>(url: string, sql: string) => withClient(url, async (c) => (await c.query<T>(sql)).rows);

/** Every migration in the repository, in the order they apply. */
const allMigrations = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migration runner", () => {
  it("migrates an empty database and records each migration as Prisma does", async () => {
    const url = await createEmptyDatabase("migrate_empty");
    const applied = await migrate(url);
    expect(applied).toEqual(allMigrations);
    expect(allMigrations[0]).toBe("20261122230000_init");

    const [row] = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const sql = await readFile(path.join(MIGRATIONS_DIR, "20261122230000_init", "migration.sql"), "utf8");
    expect(row).toMatchObject({
      migration_name: "20261122230000_init",
      checksum: createHash("sha256").update(sql).digest("hex"),
      applied_steps_count: 1,
      rolled_back_at: null,
    });
    expect(row!.finished_at).toBeInstanceOf(Date);
    const tables = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables[0]!.n).toBeGreaterThan(20);
  });

  it("applies nothing the second time", async () => {
    const url = await createEmptyDatabase("migrate_twice");
    await migrate(url);
    expect(await migrate(url)).toEqual([]);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(allMigrations.length);
  });

  it("is safe when several processes start at once", async () => {
    const url = await createEmptyDatabase("migrate_concurrent");
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.flat()).toEqual(allMigrations);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(allMigrations.length);
  });

  it("refuses a migration that was edited after it ran", async () => {
    const url = await createEmptyDatabase("migrate_edited");
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, dir);
    const file = path.join(dir, "20261122230000_init", "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited\n`);
    await expect(migrate(url, dir)).rejects.toThrow(/har ändrats efter att den kördes/);
  });

  it("rolls back a failing migration completely and names it", async () => {
    const url = await createEmptyDatabase("migrate_failing");
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = "99991231000000_broken";
    await cp(path.join(dir, "20261122230000_init"), path.join(dir, broken), { recursive: true });
    await writeFile(path.join(dir, broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;`);
    await expect(migrate(url, dir)).rejects.toThrow(new RegExp(`${broken} kunde inte köras`));
    expect(await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toHaveLength(0);
    expect(await query(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`)).toEqual(
      allMigrations.map((migration_name) => ({ migration_name })),
    );
  });
});
