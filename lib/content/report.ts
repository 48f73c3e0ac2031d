import { sv } from "@/lib/i18n/sv";
import type { ImportStats } from "./sync";
import type { RecordChange, RecordPlan } from "./records";

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

export function formatImportStats({ stats, records }: { stats: ImportStats; records: RecordChange[] }, options: { dryRun?: boolean } = {}): string {
  const rows = Object.entries(stats).map(([model, s]) => `  ${model.padEnd(22)} ${t.stats(s)}`);
  const changed = Object.values(stats).some((s) => s.created || s.updated || s.deleted);
  const heading = options.dryRun ? (changed ? t.dryRun : t.dryRunNothing) : changed ? t.imported : t.nothing;
  return [heading, ...(records.length > 0 ? [formatRecordChanges(records)] : []), t.rows, ...rows].join("\n");
}

export function formatRefusal(plan: RecordPlan): string {
  return [
    ...(plan.withFollowUp.length > 0 ? [t.refusedFollowUp, formatRecordChanges(plan.withFollowUp)] : []),
    ...(plan.edited.length > 0 ? [t.refusedEdited, formatRecordChanges(plan.edited)] : []),
  ].join("\n");
}
