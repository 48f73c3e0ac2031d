/**
 * The one CSV writer for every list (RFC 4180: comma-separated, CRLF, quoted where needed, UTF-8).
 * Lists inside a cell are joined with ";"; null is an empty cell.
 */

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV Injection"): it starts with = + - @, a tab or a
 * carriage return. Such text gets a single quote in front and the field is quoted, so it reads as text.
 * Numbers are written as they are: a negative number is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const neutralise = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  // An object (a record's translations) is one cell of JSON text; empty when it is empty.
  if (typeof value === "object" && !Array.isArray(value)) return Object.keys(value).length === 0 ? "" : cell(JSON.stringify(value));
  // Each item of a list too: a spreadsheet may split the cell on its semicolons.
  const items = Array.isArray(value) ? value.map((v) => String(v)) : [String(value)];
  const text = items.map(neutralise).join(";");
  const mustQuote = /[",\r\n]/.test(text) || items.some((v) => FORMULA_START.test(v));
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns, ...rows.map((row) => columns.map((c) => row[c]))].map((line) => line.map(cell).join(",")).join("\r\n") + "\r\n";
}
