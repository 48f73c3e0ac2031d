import { z } from "zod";

/**
 * zod's own messages are Swedish (the built-in locale): what the command-line tools show for a content
 * file. Forms and the API show only messages that are catalogue keys (lib/i18n/message.ts), so the
 * mistakes people make most in forms get keys of their own here.
 */
z.config(z.locales.sv());
z.config({
  customError: (issue) => {
    if (issue.code !== "invalid_type") return undefined;
    if (issue.input === undefined || issue.input === null || issue.input === "") return "validation.required";
    if (issue.expected === "number" || issue.expected === "int") return "validation.number";
    if (issue.expected === "date") return "validation.date";
    return undefined;
  },
});

export { z };
