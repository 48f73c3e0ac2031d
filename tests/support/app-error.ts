import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a command refused with (the test fails if it did not refuse, or threw something else). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
