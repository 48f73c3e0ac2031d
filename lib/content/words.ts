import type { z } from "zod";
import type { MessageKey } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";

/** Content files are checked on the command line (content:import, content:check, npm start), which speaks Swedish. */
export const contentWords = translator("sv");

/**
 * A zod issue as the content check reports it: a catalogue key translated, a too long text with its
 * limit, and zod's own (Swedish, lib/validation.ts) text for the rest.
 */
export function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_big" && issue.origin === "string") return contentWords("validation.maxLength", { max: Number(issue.maximum) });
  return contentWords.has(issue.message) ? contentWords(issue.message as MessageKey) : issue.message;
}
