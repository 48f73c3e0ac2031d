import { message, translateMessage, type Message } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";
import type { ParamProblem } from "@/lib/filters/schema";

const cors = { "Access-Control-Allow-Origin": "*" };

/** The open-data API has no language in its addresses: it answers in Swedish, the portal's own language. */
const t = translator("sv");

const answer = (status: 400 | 404 | 405, code: string, text: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message: text } }, { status, headers: { ...cors, ...headers } });

/** A JSON error answer of the open-data API: `{ error: { code, message } }`, the message in Swedish. */
export const errorResponse = (status: 400 | 404 | 405, code: string, why: Message, headers: Record<string, string> = {}): Response =>
  answer(status, code, translateMessage(t, why), headers);

/** 400 naming every parameter that could not be used. */
export const invalidParams = (problems: ParamProblem[]) =>
  answer(400, "invalid_parameter", problems.map((p) => `${p.param}: ${translateMessage(t, p.message)}`).join(" "));

/** Parameters the address does not understand: named, so a misspelt filter ("kommmun") never silently widens the answer. */
export const unknownParams = (url: URL, known: string[]): ParamProblem[] =>
  [...new Set(url.searchParams.keys())]
    .filter((name) => !known.includes(name))
    .map((param) => ({ param, message: known.length ? message("params.unknown", { known: known.join(", ") }) : "params.noParameters" }));

/** The open-data API only reads: a write method answers 405 with the Allow header RFC 9110 requires. */
const methodNotAllowed = async () => errorResponse(405, "method_not_allowed", "params.readOnly", { Allow: "GET, HEAD, OPTIONS" });
export const readOnlyMethods = { POST: methodNotAllowed, PUT: methodNotAllowed, PATCH: methodNotAllowed, DELETE: methodNotAllowed };

export const corsHeaders = cors;
