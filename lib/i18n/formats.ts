import type { Formats } from "next-intl";

/** Dates are the municipality's: Swedish time whatever the reader's language. */
export const timeZone = "Europe/Stockholm";

export const formats = {
  dateTime: {
    date: { year: "numeric", month: "long", day: "numeric" },
    short: { year: "numeric", month: "2-digit", day: "2-digit" },
    dateTime: { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" },
  },
  number: { percent: { style: "percent", maximumFractionDigits: 0 } },
} satisfies Formats;
