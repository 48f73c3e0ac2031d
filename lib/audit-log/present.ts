import { displayValue, translationLang } from "@/lib/admin/display";
import { toCsv } from "@/lib/open-data/csv";
import type { MessageKey, Translate } from "@/lib/i18n/message";
import { isEntityType } from "@/lib/revisions/entities";
import type { FieldChange } from "@/lib/revisions/diff";
import { Role } from "@/lib/generated/prisma/enums";
import type { AuditLogEntry } from "./queries";

/** A key the catalogue may have for a stored code (an action, a field), or null when it has none. */
const known = (t: Translate, key: string) => (t.has(key) ? (key as MessageKey) : null);

/** An action in words ("Publicerade"); an action the catalogue does not know yet is shown as stored. */
export const actionLabel = (t: Translate, action: string) => {
  const key = known(t, `auditLog.actions.${action}`);
  return key ? t(key) : action;
};

export const entityLabel = (t: Translate, type: string) => (isEntityType(type) ? t(`admin.entities.${type}`) : type);

const fieldLabel = (t: Translate, field: string) => {
  const key = known(t, `auditLog.fields.${field}`) ?? known(t, `admin.fields.${field}`);
  return key ? t(key) : field;
};

const isRole = (value: unknown): value is Role => typeof value === "string" && Object.hasOwn(Role, value);
const valueText = (t: Translate, field: string, value: unknown) =>
  field === "role" && isRole(value) ? t(`admin.roles.${value}`) : displayValue(t, value, undefined);

/** "Rubrik: Gammal → Ny", with the form's label for the field where there is one. */
export const changeText = (t: Translate, c: FieldChange) =>
  t("auditLog.change", { field: fieldLabel(t, c.field), before: valueText(t, c.field, c.before), after: valueText(t, c.field, c.after) });

/**
 * A change's two values in words, each with the language it is written in where the page should say so:
 * a translation's own, Swedish for the municipality's text; none for the interface's words (a role, a
 * status, "(tomt)"), numbers and addresses.
 */
export function changeValues(t: Translate, c: FieldChange) {
  const value = (v: unknown) => {
    const text = valueText(t, c.field, v);
    const data = typeof v === "string" && v !== "" && text === v && c.field !== "email" && !/^[A-Z_]+$/.test(v);
    return { text, lang: translationLang(c.field) ?? (data ? "sv" : undefined) };
  };
  return { field: fieldLabel(t, c.field), before: value(c.before), after: value(c.after) };
}

/** The entries as CSV through the project's one CSV writer, with column names and words in the translator's language. */
export function auditCsv(t: Translate, entries: AuditLogEntry[]): string {
  const c = (column: "at" | "actor" | "name" | "action" | "entityType" | "entityId" | "changes") => t(`auditLog.csvColumns.${column}`);
  const columns = [c("at"), c("actor"), c("name"), c("action"), c("entityType"), c("entityId"), c("changes")];
  return toCsv(
    columns,
    entries.map((e) => ({
      [c("at")]: e.at.toISOString(),
      [c("actor")]: e.actor,
      [c("name")]: e.name,
      [c("action")]: actionLabel(t, e.action),
      [c("entityType")]: e.entityType ? entityLabel(t, e.entityType) : null,
      [c("entityId")]: e.entityId,
      [c("changes")]: e.changes.map((change) => changeText(t, change)),
    })),
  );
}
