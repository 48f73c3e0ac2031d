import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffSnapshots, type FieldChange } from "@/lib/revisions/diff";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV export holds; narrow the filter for more. */
export const AUDIT_EXPORT_LIMIT = 20_000;

// A malformed filter value is ignored rather than refused: the page still shows the log.
const optionalText = z.string().trim().min(1).max(320).optional().catch(undefined);
const optionalDay = z.iso.date().optional().catch(undefined);

/** The log's filters as they arrive in the address (`?person=…&handelse=…&typ=…&fran=…&till=…&sida=…`). */
export const auditFilterSchema = z
  .object({
    person: optionalText,
    handelse: optionalText,
    typ: optionalText,
    fran: optionalDay,
    till: optionalDay,
    sida: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .transform((f) => ({ person: f.person, action: f.handelse, entityType: f.typ, from: f.fran, to: f.till, page: f.sida }));

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Back to the address form, for links that keep the filter (pagination, CSV). */
export function auditFilterParams(filter: AuditFilter, page?: number): URLSearchParams {
  const entries = {
    person: filter.person,
    handelse: filter.action,
    typ: filter.entityType,
    fran: filter.from,
    till: filter.to,
    sida: page && page > 1 ? String(page) : undefined,
  };
  return new URLSearchParams(Object.entries(entries).filter((e): e is [string, string] => Boolean(e[1])));
}

export type AuditLogEntry = {
  id: string;
  at: Date;
  actor: string;
  /** The person's name when the entry names an account that still exists. */
  name: string | null;
  action: string;
  entityType: string | null;
  entityId: number | null;
  /** The record's title (or name, or heading) as the entry saved it, so the log names it as people do. */
  entityTitle: string | null;
  changes: FieldChange[];
};

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

function where(municipalityId: number, filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    municipalityId,
    actor: filter.person,
    action: filter.action,
    entityType: filter.entityType,
    at:
      filter.from || filter.to
        ? { gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined, lt: filter.to ? nextDay(filter.to) : undefined }
        : undefined,
  };
}

const asSnapshot = (value: Prisma.JsonValue | null) =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const titleOf = (snapshot: Record<string, unknown> | null) => {
  const title = snapshot?.title ?? snapshot?.name ?? snapshot?.heading;
  return typeof title === "string" && title ? title : null;
};

/**
 * A municipality's audit trail for its administrators (who, what, when, before → after), newest
 * first. Read only: nothing here or anywhere in the app changes an entry (docs/decisions/060).
 * Only entries made in the municipality: sign-ins belong to no municipality and are not shown.
 */
export async function auditLog(user: SessionUser | null, municipalityId: number, filter: AuditFilter, limit = AUDIT_PAGE_SIZE) {
  assertCan(user, "administer", { municipalityId });
  const condition = where(municipalityId, filter);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where: condition }),
    db.auditEvent.findMany({ where: condition, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (filter.page - 1) * limit, take: limit }),
  ]);
  const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is number => id !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const entries: AuditLogEntry[] = rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actor,
    name: r.userId === null ? null : (names.get(r.userId) ?? null),
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    entityTitle: titleOf(asSnapshot(r.after)) ?? titleOf(asSnapshot(r.before)),
    changes: diffSnapshots(asSnapshot(r.before), asSnapshot(r.after) ?? {}),
  }));
  return { entries, total, page: filter.page, pages: Math.max(1, Math.ceil(total / limit)) };
}

/** What the filters offer: the people, actions and kinds that occur in the municipality's log. */
export async function auditFilterChoices(user: SessionUser | null, municipalityId: number) {
  assertCan(user, "administer", { municipalityId });
  const distinct = async (field: "actor" | "action" | "entityType") =>
    (await db.auditEvent.findMany({ where: { municipalityId }, distinct: [field], select: { [field]: true }, orderBy: { [field]: "asc" } }))
      .map((row) => (row as Record<string, string | null>)[field])
      .filter((value): value is string => Boolean(value));
  const [people, actions, entityTypes] = await Promise.all([distinct("actor"), distinct("action"), distinct("entityType")]);
  return { people, actions, entityTypes };
}
