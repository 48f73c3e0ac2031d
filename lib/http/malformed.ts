import { translator } from "@/lib/i18n/translator";
import { standalonePage } from "./standalone-page";

/**
 * Requests whose address cannot be read as text: a percent-escape that is not UTF-8, a NUL or another
 * control character in a path segment or a query parameter, or a segment far longer than any address
 * the portal makes. They are answered 400 in Swedish before any route runs (docs/decisions/056), so no
 * such byte reaches a query, PostgreSQL (which refuses NUL in text) or Next's own decoding (which
 * answers in English).
 */
/** Longer than any address the portal makes (route parameters allow 200), and than a file name may be. */
const MAX_SEGMENT = 200;
// Tab, line feed and carriage return can be typed into a search box; every other control character cannot.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_IN_PATH = /[\u0000-\u001f\u007f]/;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Why the address is unreadable, or null when it is fine. */
export function malformedAddress(rawPath: string, rawQuery: string): string | null {
  for (const segment of rawPath.split("/")) {
    const decoded = decode(segment);
    if (decoded === null) return "path is not UTF-8";
    if (CONTROL_IN_PATH.test(decoded)) return "control character in path";
    if (decoded.length > MAX_SEGMENT) return "overlong path segment";
  }
  for (const pair of rawQuery.replace(/^\?/, "").split("&")) {
    const decoded = decode(pair.replace(/\+/g, " "));
    if (decoded === null) return "query is not UTF-8";
    if (CONTROL.test(decoded)) return "control character in query";
  }
  return null;
}

/** The 400 answer: JSON in Swedish for the open-data API (which speaks Swedish), a small page in Swedish first for everything else. */
export function badRequestResponse(pathname: string): Response {
  if (pathname.startsWith("/api/")) {
    return Response.json(
      { error: { code: "bad_request", message: translator("sv")("errors.badRequest") } },
      { status: 400, headers: { "Access-Control-Allow-Origin": "*" } },
    );
  }
  return new Response(standalonePage("errors.badRequestTitle", "errors.badRequest"), {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The 413 answer to a body over the limit (lib/http/body-limit.ts): the uploads are the only large bodies. */
export function tooLargeResponse(): Response {
  return new Response(standalonePage("errors.tooLargeTitle", "wordImport.tooLarge"), {
    status: 413,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
