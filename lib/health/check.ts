import { db } from "@/lib/db/client";

/** A database that takes longer than this to answer counts as down: a load balancer's probe must not hang. */
const TIMEOUT_MS = 2000;

/** Whether this instance can serve pages: it runs, and its database answers. */
export async function checkHealth(): Promise<{ ok: boolean; database: "ok" | "unreachable" }> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref());
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const reachable = await Promise.race([query, timeout]);
  return { ok: reachable, database: reachable ? "ok" : "unreachable" };
}
