import type { z } from "zod";
import { sv } from "@/lib/i18n/sv";

export type ErrorCode = "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

const httpStatus: Record<ErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** Field name (dotted path) → Swedish messages. */
export type FieldErrors = Record<string, string[]>;

/** One change someone else saved while the user was editing. */
export type ForeignChange = { field: string; before: unknown; after: unknown; by: string; at: string };
export type ConflictDetails = { currentVersion: number; changes: ForeignChange[] };

/**
 * An expected failure: a code, an internal message for logs, and a Swedish message for people.
 * Nothing else ever reaches the browser (never a raw error message or a stack).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    internalMessage: string,
    readonly userMessage: string,
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

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`, sv.errors.notFound);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "no session", sv.errors.unauthenticated);
export const forbidden = (what: string) => new AppError("FORBIDDEN", `forbidden: ${what}`, sv.errors.forbidden);
export const invalid = (fieldErrors: FieldErrors, message: string = sv.errors.invalid) =>
  new AppError("INVALID", `invalid input: ${Object.keys(fieldErrors).join(", ")}`, message, { fieldErrors });

/** zod issues → field errors keyed by dotted path ("goalIds.0"); form-level issues under "". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** Validates untrusted input with a shared zod schema; failure is an INVALID AppError with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsOf(result.error));
  return result.data;
}
