import type { NextRequest } from "next/server";
import { malformedActionBody } from "@/lib/http/action-body";
import { badRequestResponse, malformedAddress } from "@/lib/http/malformed";

/**
 * Unreadable input is refused in Swedish before any route runs (docs/decisions/056): an address that is
 * not UTF-8 text (lib/http/malformed.ts), and a server-action POST whose body React could not decode
 * (lib/http/action-body.ts), which Next would otherwise answer with a 500.
 */
export async function proxy(request: NextRequest) {
  // The raw address as sent: nextUrl has already normalised it.
  const raw = new URL(request.url);
  if (malformedAddress(raw.pathname, raw.search)) return badRequestResponse(raw.pathname);
  if (request.method === "POST" && request.headers.has("next-action") && (await malformedActionBody(request))) return badRequestResponse(raw.pathname);
  return undefined;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
