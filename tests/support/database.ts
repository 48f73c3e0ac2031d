import { inject } from "vitest";
import { withClient } from "./pg-client";

export const adminUrl = () => inject("postgresUrl");
export const databaseUrl = (name: string) => adminUrl().replace(/\/postgres$/, `/${name}`);

export const workerDatabaseName = () => `test_worker_${process.env.VITEST_POOL_ID ?? "0"}`;
/** The worker's database as its owner (the superuser): for what the application role may not do. */
export const ownerUrl = () => databaseUrl(workerDatabaseName());

export const withAdmin = <T>(work: Parameters<typeof withClient<T>>[1]) => withClient(adminUrl(), work);

/** A fresh, empty database (no migrations) for tests of the migration runner itself. */
export async function createEmptyDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${process.env.VITEST_POOL_ID ?? "0"}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(name);
}

/** Empties every application table of the worker's database (keeps the migration history). */
export async function resetDatabase() {
  await withClient(ownerUrl(), async (client) => {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    // NOTE: the audit log's append-only trigger refuses TRUNCATE; tests (as superuser) reset with triggers off.
    await client.query("SET session_replication_role = replica");
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  });
}
