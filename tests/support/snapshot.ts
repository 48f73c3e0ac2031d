import { withClient } from "./pg-client";

/** Every row of every application table, for "nothing changed" and "only this changed" checks. */
export function snapshotDatabase(url = process.env.DATABASE_URL!): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const snapshot: Record<string, string[]> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query(`SELECT * FROM "${tablename}"`);
      snapshot[tablename] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return snapshot;
  });
}

/** Tables whose rows differ between two snapshots, with the rows only in `after`. */
export function changedRows(before: Record<string, string[]>, after: Record<string, string[]>) {
  const changes: Record<string, string[]> = {};
  for (const table of Object.keys(after)) {
    const old = new Set(before[table] ?? []);
    const added = after[table]!.filter((r) => !old.has(r));
    const removedCount = (before[table] ?? []).filter((r) => !new Set(after[table]).has(r)).length;
    if (added.length || removedCount) changes[table] = added;
  }
  return changes;
}
