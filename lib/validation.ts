import { z } from "zod";

/**
 * zod speaks Swedish everywhere it validates (content files, forms, API): the built-in Swedish locale,
 * with plainer words for the mistakes people make most in forms.
 */
z.config(z.locales.sv());
z.config({
  customError: (issue) => {
    if (issue.code !== "invalid_type") return undefined;
    if (issue.input === undefined || issue.input === null || issue.input === "") return "Måste fyllas i";
    if (issue.expected === "number" || issue.expected === "int") return "Ange ett tal";
    if (issue.expected === "date") return "Ange ett giltigt datum (ÅÅÅÅ-MM-DD)";
    return undefined;
  },
});

export { z };
