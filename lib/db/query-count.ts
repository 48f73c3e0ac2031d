let total = 0;

/** Called by the database client for every SQL statement Prisma sends. */
export function recordQuery() {
  total++;
}

/**
 * Runs `work` and counts the SQL statements the process sent meanwhile. Prisma's query events do
 * not keep the caller's async context, so this counts everything: run nothing else at the same time.
 */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = total;
  const result = await work();
  return { result, queries: total - before };
}
