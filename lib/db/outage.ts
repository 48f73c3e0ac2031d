import type { ServerResponse } from "node:http";

/**
 * A page that fails because the database is unreachable answers 503 with Retry-After instead of
 * 500 (docs/decisions/062). Next.js has no way for a page to choose its status, so the server's
 * error hook (instrumentation.ts) notes the outage and the response's status is rewritten as it is
 * sent. Pages already cached never reach the database and keep answering 200.
 */

export const RETRY_AFTER_SECONDS = 30;
/** How long after a failed connection a 500 is taken to be the outage's. */
const OUTAGE_WINDOW_MS = 15_000;

const state = globalThis as unknown as { strategiportalenDatabaseUnreachableAt?: number };

// Connection refused, the server shutting down or not yet accepting, Prisma's "can't reach".
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "P1001", "P1002", "57P01", "57P03"]);
const UNREACHABLE_TEXT = /can't reach database server|connection terminated|DatabaseNotReachable|the database system is (shutting down|starting up)/i;

/** Whether an error, or any error it wraps, says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; errors?: unknown };
  if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (e.kind === "DatabaseNotReachable") return true;
  if (typeof e.message === "string" && UNREACHABLE_TEXT.test(e.message)) return true;
  const nested = [e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnreachable(inner, depth + 1));
}

export function noteError(error: unknown) {
  if (isDatabaseUnreachable(error)) state.strategiportalenDatabaseUnreachableAt = Date.now();
}

const inOutage = () => Date.now() - (state.strategiportalenDatabaseUnreachableAt ?? -Infinity) < OUTAGE_WINDOW_MS;

/** The status a response is sent with: a 500 during an outage becomes a 503 that says when to come back. */
export function outageStatus(response: ServerResponse, status: number): number {
  if (status !== 500 || !inOutage()) return status;
  response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  response.setHeader("Cache-Control", "no-store");
  return 503;
}
