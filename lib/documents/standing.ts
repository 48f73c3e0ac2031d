import type { DocumentKind, PublicationStatus } from "@/lib/generated/prisma/enums";

/** Whether a public document still steers: in force, replaced by a newer one, or past its last valid day. */
export type Standing = "inForce" | "replaced" | "expired";

/** `validUntil` as the database gives it, or as a string once it has passed through the data cache (JSON). */
type Dated = { status: PublicationStatus; validUntil: Date | string | null };

export function documentStanding(d: Dated, today: Date): Standing {
  if (d.status === "REPLACED") return "replaced";
  // validUntil is a date column (midnight UTC): the document is valid through that whole day.
  if (d.validUntil && new Date(d.validUntil).toISOString().slice(0, 10) < today.toISOString().slice(0, 10)) return "expired";
  return "inForce";
}

/** The kinds in the order a reader looks for them: the overarching policy and strategy before plans and reports. */
const kindOrder: DocumentKind[] = ["POLICY", "STRATEGY", "MUNICIPAL_PLAN", "ACTION_PLAN", "REGULATION", "SOCIAL_REPORT"];

/**
 * A municipality's documents as its start page lists them: those in force grouped by kind, then the
 * replaced and expired ones, each in the municipality's own order within its group.
 */
export function groupByStanding<D extends Dated & { kind: DocumentKind }>(documents: D[], today: Date) {
  const withStanding = documents.map((d) => ({ ...d, standing: documentStanding(d, today) }));
  const inForce = kindOrder
    .map((kind) => ({ kind, documents: withStanding.filter((d) => d.standing === "inForce" && d.kind === kind) }))
    .filter((g) => g.documents.length > 0);
  return { inForce, past: withStanding.filter((d) => d.standing !== "inForce") };
}
