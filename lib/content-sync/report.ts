import { sv } from "@/lib/i18n/sv";
import type { ImportStats } from "./sync";
import type { RecordChange, RecordPlan } from "./records";
import type { EntityType } from "@/lib/revisions/entities";

const t = sv.contentImport;

function recordLine(c: RecordChange & { by?: string; at?: Date }) {
  // A new record's id is only known once it is written.
  const id = c.change === "created" ? "" : ` (#${c.ref.id})`;
  const what = `${t.change[c.change]} ${sv.admin.entities[c.ref.type].toLowerCase()} "${c.label}"${id}`;
  const fields = c.fields.length > 0 ? `: ${c.fields.join(", ")}` : "";
  return `    ${what}${fields}${c.by !== undefined && c.at ? `, ${t.editedBy(c.by, c.at)}` : ""}`;
}

/** Record by record, per municipality: what was (or would be) created, changed (which fields) and removed. */
export function formatRecordChanges(changes: (RecordChange & { by?: string; at?: Date })[]): string {
  const byMunicipality = new Map<string, typeof changes>();
  for (const c of changes) byMunicipality.set(c.municipality, [...(byMunicipality.get(c.municipality) ?? []), c]);
  return [...byMunicipality].map(([m, list]) => [`  ${m}:`, ...list.map(recordLine)].join("\n")).join("\n");
}

/** New records counted per municipality and kind: a first import (`npm start`'s) would otherwise list every one. */
function createdCounts(records: RecordChange[]): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const r of records) {
    const kinds = counts.get(r.municipality) ?? new Map<string, number>();
    counts.set(r.municipality, kinds.set(r.ref.type, (kinds.get(r.ref.type) ?? 0) + 1));
  }
  return [...counts].map(
    ([m, kinds]) => `  ${m}: ${t.change.created} ${[...kinds].map(([type, n]) => `${n} × ${sv.admin.entities[type as EntityType].toLowerCase()}`).join(", ")}`,
  );
}

/**
 * What an import did (or with `dryRun` would do): per municipality, each record changed (with its fields) and
 * removed, new records each in a dry run and counted otherwise, then the rows per table.
 */
export function formatImportStats({ stats, records }: { stats: ImportStats; records: RecordChange[] }, options: { dryRun?: boolean } = {}): string {
  const rows = Object.entries(stats).map(([model, s]) => `  ${model.padEnd(22)} ${t.stats(s)}`);
  const changed = Object.values(stats).some((s) => s.created || s.updated || s.deleted);
  const heading = options.dryRun ? (changed ? t.dryRun : t.dryRunNothing) : changed ? t.imported : t.nothing;
  const listed = options.dryRun ? records : records.filter((r) => r.change !== "created");
  const created = options.dryRun ? [] : createdCounts(records.filter((r) => r.change === "created"));
  return [heading, ...created, ...(listed.length > 0 ? [formatRecordChanges(listed)] : []), t.rows, ...rows].join("\n");
}

export function formatRefusal(plan: RecordPlan): string {
  return [
    ...(plan.withFollowUp.length > 0 ? [t.refusedFollowUp, formatRecordChanges(plan.withFollowUp)] : []),
    ...(plan.edited.length > 0 ? [t.refusedEdited, formatRecordChanges(plan.edited)] : []),
  ].join("\n");
}
