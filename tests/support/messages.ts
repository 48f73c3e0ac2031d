import type { FieldErrors } from "@/lib/errors";
import { translateMessage, type Message } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";

const sv = translator("sv");

/** A command's message (a catalogue key, or a key with values) as a Swedish reader sees it. */
export const said = (message: Message | string) => translateMessage(sv, message);

/** Field errors as the Swedish form shows them. */
export const saidAll = (errors: FieldErrors | undefined) =>
  errors && Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(said)]));
