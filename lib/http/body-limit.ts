/**
 * The largest request body the portal reads: a Word plan of at most 20 MB (lib/word-import/read.ts) with
 * the rest of its form. next.config.ts sets Next's own server-action and proxy limits to this, and the
 * proxy refuses a larger body in Swedish before Next would (its own refusal is an English 500, and the
 * proxy would silently cut the body at its 10 MB default).
 */
export const MAX_BODY_BYTES = 21 * 1024 * 1024;

/** True when a request says it carries more than the limit. */
export const bodyTooLarge = (request: Request) => Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES;
