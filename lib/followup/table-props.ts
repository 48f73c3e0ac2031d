import type { FieldSpec, RawValues } from "@/lib/admin/fields";
import { cellName, type BulkRow } from "@/lib/admin/rows";

type TableRow = { id: number; areaId: number; code: string; title: string; responsible: string[]; values: Record<string, unknown> };

/**
 * A follow-up table's rows and stored values as the bulk form takes them. Rows in areas the user may not
 * edit are shown but not posted; an open period is required for any row to be editable.
 */
export function bulkRows(rows: TableRow[], columns: readonly FieldSpec[], label: (code: string) => string, mayEdit: (areaId: number) => boolean) {
  const initial: RawValues = {};
  for (const row of rows) {
    for (const c of columns) {
      const value = row.values[c.name];
      initial[cellName(String(row.id), c.name)] = value === null || value === undefined ? "" : String(value);
    }
  }
  const bulk: BulkRow[] = rows.map((r) => ({
    key: String(r.id),
    label: label(r.code),
    title: r.title,
    note: r.responsible.join(", ") || undefined,
    editable: mayEdit(r.areaId),
  }));
  return { rows: bulk, initial };
}
