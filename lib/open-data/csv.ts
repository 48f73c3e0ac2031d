/**
 * The one CSV writer for every list (RFC 4180: comma-separated, CRLF, quoted where needed, UTF-8).
 * Lists inside a cell are joined with ";"; null is an empty cell.
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns, ...rows.map((row) => columns.map((c) => row[c]))].map((line) => line.map(cell).join(",")).join("\r\n") + "\r\n";
}
