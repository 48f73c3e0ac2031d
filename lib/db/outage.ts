import type { ServerResponse } from "node:http";
import { standalonePage } from "@/lib/http/standalone-page";

/**
 * A page that fails because the database is unreachable answers 503 with Retry-After and a page in
 * Swedish first (lib/http/standalone-page.ts) instead of 500 (docs/decisions/062). Next.js lets no page
 * choose its status, so the server's error hook (instrumentation.ts) notes the outage, and the failed response's status and body are
 * replaced as they are sent. Pages already cached never reach the database and keep answering 200.
 */

export const RETRY_AFTER_SECONDS = 30;
/** How long after a failed connection a 500 is taken to be the outage's. */
const OUTAGE_WINDOW_MS = 15_000;

const state = globalThis as unknown as { strategiportalenDatabaseUnreachableAt?: number };

// Connection refused or closed, the server shutting down or not yet accepting; Prisma's "can't reach"
// (P1001, a new connection), "timed out" (P1002) and "server has closed the connection" (P1017, a pooled one).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "P1001", "P1002", "P1017", "57P01", "57P03"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed"]);
const UNREACHABLE_TEXT =
  /can't reach database server|server has closed the connection|connection terminated|the database system is (shutting down|starting up)/i;

/** Whether an error, or any error it wraps, says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNREACHABLE_TEXT.test(e.message)) return true;
  const nested = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnreachable(inner, depth + 1));
}

export function noteError(error: unknown) {
  if (isDatabaseUnreachable(error)) state.strategiportalenDatabaseUnreachableAt = Date.now();
}

const inOutage = () => Date.now() - (state.strategiportalenDatabaseUnreachableAt ?? -Infinity) < OUTAGE_WINDOW_MS;

export const outagePage = () => standalonePage("errorPage.unavailable", "errorPage.unavailableText");

type Response = ServerResponse & { strategiportalenOutage?: boolean };
type Method = (this: Response, ...args: unknown[]) => unknown;

/**
 * Wraps the response methods every layer ends in (Next.js and its compression call these), so a
 * 500 during an outage leaves as a 503 with `outagePage()` instead of Next.js's error document.
 */
export function answerOutagesWith503(prototype: typeof ServerResponse.prototype) {
  const proto = prototype as unknown as Record<"writeHead" | "write" | "end", Method>;
  const { writeHead, write, end } = proto;
  proto.writeHead = function (status, ...rest) {
    if (status !== 500 || !inOutage()) return writeHead.call(this, status, ...rest);
    this.strategiportalenOutage = true;
    for (const name of ["content-length", "content-encoding", "etag", "vary"]) this.removeHeader(name);
    this.setHeader("Content-Type", "text/html; charset=utf-8");
    this.setHeader("Cache-Control", "no-store");
    this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    // Headers passed here (not through setHeader) would describe Next.js's body: left out.
    return writeHead.call(this, 503);
  };
  // Next.js's own bytes (possibly compressed) are dropped; the outage page is sent at the end.
  // As Node's own implicit header does; `_header` is set once writeHead has run (headersSent only once flushed).
  const headersFirst = (response: Response) => {
    if (!(response as unknown as { _header: unknown })._header) response.writeHead(response.statusCode);
    return response.strategiportalenOutage === true;
  };
  proto.write = function (...args) {
    if (!headersFirst(this)) return write.apply(this, args);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    callback?.();
    return true;
  };
  proto.end = function (...args) {
    if (!headersFirst(this)) return end.apply(this, args);
    const callback = args.find((a) => typeof a === "function");
    return end.call(this, outagePage(), "utf8", callback);
  };
}
