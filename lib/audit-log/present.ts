import { displayValue } from "@/lib/admin/display";
import { toCsv } from "@/lib/open-data/csv";
import { isEntityType } from "@/lib/revisions/entities";
import type { FieldChange } from "@/lib/revisions/diff";
import { sv } from "@/lib/i18n/sv";
import type { AuditLogEntry } from "./queries";

const t = sv.auditLog;

/** An action in words ("Publicerade"); an action the dictionary does not know yet is shown as stored. */
export const actionLabel = (action: string) => t.actions[action] ?? action;

export const entityLabel = (type: string) => (isEntityType(type) ? sv.admin.entities[type] : type);

const fieldLabel = (field: string) => t.fields[field] ?? (sv.admin.fields as Record<string, string>)[field] ?? field;

const roles: Record<string, string> = sv.admin.roles;
const valueText = (field: string, value: unknown) =>
  field === "role" && typeof value === "string" && roles[value] ? roles[value] : displayValue(value, undefined);

/** "Rubrik: Gammal → Ny", with the form's label for the field where there is one. */
export const changeText = (c: FieldChange) => `${fieldLabel(c.field)}: ${valueText(c.field, c.before)} → ${valueText(c.field, c.after)}`;

/** The entries as CSV through the project's one CSV writer. */
export function auditCsv(entries: AuditLogEntry[]): string {
  const c = t.csvColumns;
  const columns = [c.at, c.actor, c.name, c.action, c.entityType, c.entityId, c.changes];
  return toCsv(
    columns,
    entries.map((e) => ({
      [c.at]: e.at.toISOString(),
      [c.actor]: e.actor,
      [c.name]: e.name,
      [c.action]: actionLabel(e.action),
      [c.entityType]: e.entityType ? entityLabel(e.entityType) : null,
      [c.entityId]: e.entityId,
      [c.changes]: e.changes.map(changeText),
    })),
  );
}
