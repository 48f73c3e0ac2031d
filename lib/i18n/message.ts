import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

/** A key of the catalogues ("errors.forbidden"): what lib/ returns where people will read the text. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

export type MessageValues = Record<string, string | number | Date>;

/**
 * Text for people, not yet in a language: code outside a page (commands, schemas, form descriptions)
 * names the message and the page, server action or tool translates it in the reader's language.
 */
export type Message = MessageKey | { key: MessageKey; values: MessageValues };

export const message = (key: MessageKey, values?: MessageValues): Message => (values ? { key, values } : key);

/**
 * A translator over the whole catalogue. next-intl's own types give up on a root-level translator of a
 * catalogue this size ("union type too complex"), so the project's translators have this type: keys
 * are still checked against the Swedish catalogue; values are checked by tests/unit/catalogues.test.ts.
 */
export type Translate = {
  (key: MessageKey, values?: MessageValues): string;
  has(key: string): boolean;
};

/**
 * A message in the translator's language. A zod issue carries its message as a plain string: a key
 * when the schema names one, else zod's own English text, which is never shown (the generic one is).
 */
export function translateMessage(t: Translate, m: Message | string): string {
  if (typeof m !== "string") return t(m.key, m.values);
  return t.has(m) ? t(m as MessageKey) : t("errors.invalidValue");
}
