import { db } from "@/lib/db/client";
import type { FieldSpec } from "@/lib/admin/fields";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";
import { valueFieldLabel } from "./values";

/**
 * Labels for every value field an indicator's history mentions, so it reads "2023, kvinnor" rather than a
 * field name: already in the reader's language (made of the year), unlike the other fields' keys.
 */
export async function valueHistoryFields(t: Translate, locale: Locale, indicatorId: number): Promise<FieldSpec[]> {
  const revisions = await db.revision.findMany({ where: { entityType: "indicator", entityId: indicatorId }, select: { changes: true } });
  const fields = new Set(revisions.flatMap((r) => (r.changes as { field: string }[]).map((c) => c.field)));
  return [...fields].flatMap((name) => {
    const label = valueFieldLabel(t, locale, name);
    return label ? [{ name, label: { text: label }, kind: "decimal" as const }] : [];
  });
}
