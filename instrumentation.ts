import type { Instrumentation } from "next";
import { noteError } from "@/lib/db/outage";

/** Once per server process: database outages answer 503 in Swedish (lib/db/outage.ts, docs/decisions/062). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ ServerResponse }, { answerOutagesWith503 }] = await Promise.all([import("node:http"), import("@/lib/db/outage")]);
  answerOutagesWith503(ServerResponse.prototype);
}

// Synchronous on purpose: the outage is noted before the failed page's status is sent.
export const onRequestError: Instrumentation.onRequestError = (error) => {
  noteError(error);
};
