import type { MessageKey } from "@/lib/i18n/message";

/**
 * A one-time message for the page a server action redirects to ("Skapad och sparad."): the action sets
 * a short-lived cookie holding only a key, and the next admin page shows the message and clears it.
 * A cookie, not a query flag, so addresses stay clean and a reload does not say it again.
 */
export const FLASH_COOKIE = "flash";
export const flashMessages = {
  created: "admin.flash.created",
  periodCancelled: "admin.flash.periodCancelled",
  periodPublished: "admin.flash.periodPublished",
  periodReopened: "admin.flash.periodReopened",
} as const satisfies Record<string, MessageKey>;
export type FlashKey = keyof typeof flashMessages;
export const isFlashKey = (value: string): value is FlashKey => Object.hasOwn(flashMessages, value);
