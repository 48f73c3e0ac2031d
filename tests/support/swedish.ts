import type { FieldErrors } from "@/lib/errors";
import { translateMessage, type Message } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");

/**
 * A message as a Swedish reader sees it, for tests that compare with the words. Text that is not a key
 * (a schema's own words) is returned as it is, so such a test still names the text it expects.
 */
export const swedish = (m: Message | string): string => (typeof m === "string" && !t.has(m) ? m : translateMessage(t, m));

export const swedishFields = (errors: FieldErrors | undefined) =>
  errors && Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(swedish)]));
