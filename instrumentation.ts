import type { Instrumentation } from "next";
import { noteError, outageStatus } from "@/lib/db/outage";

/** Once per server process: answer database outages with 503 (lib/db/outage.ts, docs/decisions/062). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ServerResponse } = await import("node:http");
  type Response = InstanceType<typeof ServerResponse>;
  const writeHead = ServerResponse.prototype.writeHead as (this: Response, status: number, ...rest: unknown[]) => Response;
  // NOTE: Node sends every status line through writeHead (also res.statusCode + res.end()).
  ServerResponse.prototype.writeHead = function (this: Response, status: number, ...rest: unknown[]) {
    return writeHead.call(this, outageStatus(this, status), ...rest);
  } as typeof ServerResponse.prototype.writeHead;
}

// Synchronous on purpose: the outage is noted before the failed page's status is sent.
export const onRequestError: Instrumentation.onRequestError = (error) => {
  noteError(error);
};
