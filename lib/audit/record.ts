import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  userId?: number | null;
  /** The e-mail address acting (also a failed sign-in's, whether or not the account exists). */
  actor: string;
  action: string;
  entityType?: string;
  entityId?: number;
  municipalityId?: number;
  address?: string | null;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) => (value === undefined || value === null ? undefined : (value as Prisma.InputJsonValue));

/** Appends to the audit log (in the caller's transaction when given one). Rows are never changed. */
export async function audit(entry: AuditEntry, tx: Tx = db) {
  await tx.auditEvent.create({
    data: {
      userId: entry.userId ?? null,
      actor: entry.actor,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      municipalityId: entry.municipalityId,
      address: entry.address ?? null,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}
