import { sv } from "@/lib/i18n/sv";
import type { ParamProblem } from "@/lib/filters/schema";

const cors = { "Access-Control-Allow-Origin": "*" };

/** A JSON error answer of the open-data API: `{ error: { code, message } }`, the message in Swedish. */
export function errorResponse(status: 400 | 404 | 405, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...cors, ...headers } });
}

/** 400 naming every parameter that could not be used. */
export const invalidParams = (problems: ParamProblem[]) => errorResponse(400, "invalid_parameter", problems.map((p) => `${p.param}: ${p.message}`).join(" "));

/** Parameters the address does not understand: named, so a misspelt filter ("kommmun") never silently widens the answer. */
export const unknownParams = (url: URL, known: string[]): ParamProblem[] =>
  [...new Set(url.searchParams.keys())].filter((name) => !known.includes(name)).map((param) => ({ param, message: sv.params.unknown(known) }));

/** The open-data API only reads: a write method answers 405 with the Allow header RFC 9110 requires. */
const methodNotAllowed = async () => errorResponse(405, "method_not_allowed", sv.params.readOnly, { Allow: "GET, HEAD, OPTIONS" });
export const readOnlyMethods = { POST: methodNotAllowed, PUT: methodNotAllowed, PATCH: methodNotAllowed, DELETE: methodNotAllowed };

export const corsHeaders = cors;
