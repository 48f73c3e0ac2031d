import type { ParamProblem } from "@/lib/filters/schema";

const cors = { "Access-Control-Allow-Origin": "*" };

/** A JSON error answer of the open-data API: `{ error: { code, message } }`, the message in Swedish. */
export function errorResponse(status: 400 | 404, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: cors });
}

/** 400 naming every parameter that could not be used. */
export const invalidParams = (problems: ParamProblem[]) =>
  errorResponse(400, "invalid_parameter", problems.map((p) => `${p.param}: ${p.message}`).join(" "));

export const corsHeaders = cors;
