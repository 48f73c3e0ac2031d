import type { z } from "zod";
import { invalid, type FieldErrors } from "@/lib/errors";
import type { Message } from "@/lib/i18n/message";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { saveChange } from "@/lib/revisions/save";
import { compareCells, mergeCells, withValues, writeCells, type Cell } from "../cells";
import { loadIndicator } from "../record";
import { valueRowSchema, valuesTableSchema } from "../schema";
import { valueField } from "../values";
import { tableColumns } from "../series";

/**
 * The cells the values table shows and replaces: the municipality's values and the whole country's
 * total. Values Kolada reports as missing are not in the table, so saving it leaves them alone.
 */
const inTable = (c: Cell) => (!c.national || c.gender === "TOTAL") && c.value !== null;

const isBlank = (row: unknown) => !row || Object.values(row as Record<string, unknown>).every((v) => v === undefined || v === "");

/**
 * Saves an indicator's values entered by hand, one row per year: totalt, kvinnor, män and riket. The
 * table is the whole set: a cleared cell removes its value. Values are checked against the indicator's
 * value type (percent 0–100, integers whole); new or changed values are attributed to manual entry.
 */
export const setIndicatorValues = defineCommand({
  schema: valuesTableSchema,
  load: ({ id }) => orNotFound(loadIndicator(id), `indicator ${id}`),
  authorize: (user, current) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId }),
  write: ({ user, loaded: current, data: table }) => saveValues(user, current, table),
});

async function saveValues(
  user: SessionUser,
  current: NonNullable<Awaited<ReturnType<typeof loadIndicator>>>,
  table: z.output<typeof valuesTableSchema>,
): Promise<number> {
  const rowSchema = valueRowSchema(current.valueType);
  const errors: FieldErrors = {};
  const years = new Set<number>();
  const incoming: Cell[] = [];
  for (const [key, raw] of Object.entries(table.rows)) {
    if (isBlank(raw)) continue;
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      // A zod issue's message is a catalogue key, or zod's own text that the form replaces (lib/i18n/message.ts).
      for (const issue of parsed.error.issues) (errors[`rows.${key}.${issue.path.join(".")}`] ??= []).push(issue.message as Message);
      continue;
    }
    const row = parsed.data;
    if (years.has(row.year)) (errors[`rows.${key}.year`] ??= []).push("indicators.validation.duplicateYear");
    years.add(row.year);
    for (const [column, gender, national] of tableColumns) {
      const value = row[column];
      if (value !== undefined) incoming.push({ year: row.year, gender, national, value, source: "MANUAL" });
    }
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);

  const stored = current.values.filter(inTable);
  const { added, changed } = compareCells(stored, incoming);
  const upserts = [...added, ...changed];
  const removed = stored.filter((s) => !incoming.some((c) => valueField(c) === valueField(s)));
  return saveChange(user, {
    entity: current.entity,
    kind: "UPDATE",
    version: table.version,
    before: current.snapshot,
    after: withValues(current.snapshot, mergeCells(current.values, upserts, removed)),
    tags: current.status === "PUBLISHED" ? current.tags : [],
    write: (tx) => writeCells(tx, table.id, upserts, removed),
  });
}
