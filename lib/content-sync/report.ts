import { translator } from "@/lib/i18n/translator";
import type { ImportStats } from "./sync";
import type { RecordChange, RecordPlan } from "./records";
import type { EntityType } from "@/lib/revisions/entities";

/** The import's report is the command line's (content:import, npm start), which speaks Swedish. */
const t = translator("sv");
const kind = (type: EntityType) => t(`admin.entities.${type}`).toLocaleLowerCase("sv");

function recordLine(c: RecordChange & { by?: string; at?: Date }) {
  // A new record's id is only known once it is written.
  const id = c.change === "created" ? "" : ` (#${c.ref.id})`;
  const what = `${t(`contentImport.change.${c.change}`)} ${kind(c.ref.type)} "${c.label}"${id}`;
  const fields = c.fields.length > 0 ? `: ${c.fields.join(", ")}` : "";
  const by = c.by || t("contentImport.unknownEditor");
  const edited = c.by !== undefined && c.at ? `, ${t("contentImport.editedBy", { by, at: c.at.toISOString().slice(0, 16).replace("T", " ") })}` : "";
  return `    ${what}${fields}${edited}`;
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
    ([m, kinds]) => `  ${m}: ${t("contentImport.change.created")} ${[...kinds].map(([type, n]) => `${n} × ${kind(type as EntityType)}`).join(", ")}`,
  );
}

/**
 * What an import did (or with `dryRun` would do): per municipality, each record changed (with its fields) and
 * removed, new records each in a dry run and counted otherwise, then the rows per table.
 */
export function formatImportStats({ stats, records }: { stats: ImportStats; records: RecordChange[] }, options: { dryRun?: boolean } = {}): string {
  const rows = Object.entries(stats).map(([model, s]) => `  ${model.padEnd(22)} ${t("contentImport.stats", s)}`);
  const changed = Object.values(stats).some((s) => s.created || s.updated || s.deleted);
  const heading = t(
    options.dryRun ? (changed ? "contentImport.dryRun" : "contentImport.dryRunNothing") : changed ? "contentImport.imported" : "contentImport.nothing",
  );
  const listed = options.dryRun ? records : records.filter((r) => r.change !== "created");
  const created = options.dryRun ? [] : createdCounts(records.filter((r) => r.change === "created"));
  return [heading, ...created, ...(listed.length > 0 ? [formatRecordChanges(listed)] : []), t("contentImport.rows"), ...rows].join("\n");
}

export function formatRefusal(plan: RecordPlan): string {
  return [
    ...(plan.withFollowUp.length > 0 ? [t("contentImport.refusedFollowUp"), formatRecordChanges(plan.withFollowUp)] : []),
    ...(plan.edited.length > 0 ? [t("contentImport.refusedEdited"), formatRecordChanges(plan.edited)] : []),
  ].join("\n");
}
