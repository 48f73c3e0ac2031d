import type { z } from "zod";
import { message, type Message } from "@/lib/i18n/message";

export type ErrorCode = "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

const httpStatus: Record<ErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** Field name (dotted path) → messages: catalogue keys, or a zod issue's own text (lib/i18n/message.ts). */
export type FieldErrors = Record<string, Message[]>;

/** One change someone else saved while the user was editing; `by` is null for the command line (admin.commandLine). */
export type ForeignChange = { field: string; before: unknown; after: unknown; by: string | null; at: string };
export type ConflictDetails = { currentVersion: number; changes: ForeignChange[] };

/**
 * An expected failure: a code, an internal message for logs, and a message for people, translated
 * where it is shown (lib/i18n/message.ts).
 * Nothing else ever reaches the browser (never a raw error message or a stack).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    internalMessage: string,
    readonly userMessage: Message,
    /** `conflicts`: a batch's stale rows, by the key each row was saved under. */
    readonly details: { fieldErrors?: FieldErrors; conflict?: ConflictDetails; conflicts?: Record<string, ConflictDetails> } = {},
  ) {
    super(internalMessage);
    this.name = "AppError";
  }

  get status() {
    return httpStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`, "errors.notFound");
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "no session", "errors.unauthenticated");
export const forbidden = (what: string) => new AppError("FORBIDDEN", `forbidden: ${what}`, "errors.forbidden");
export const invalid = (fieldErrors: FieldErrors, message: Message = "errors.invalid") =>
  new AppError("INVALID", `invalid input: ${Object.keys(fieldErrors).join(", ")}`, message, { fieldErrors });

/**
 * A too-long text says its limit, which the schema's own key cannot carry; otherwise the schema's key,
 * or zod's own text, which translateMessage shows as the generic message.
 */
const fieldMessage = (issue: z.core.$ZodIssue): Message =>
  issue.code === "too_big" && issue.origin === "string" ? message("validation.maxLength", { max: Number(issue.maximum) }) : (issue.message as Message);

/** zod issues → field errors keyed by dotted path ("goalIds.0"); form-level issues under "". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    (errors[key] ??= []).push(fieldMessage(issue));
  }
  return errors;
}

/** Validates untrusted input with a shared zod schema; failure is an INVALID AppError with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsOf(result.error));
  return result.data;
}
