import { db } from "@/lib/db/client";
import { assertCan, platform } from "@/lib/auth/permissions";
import { accepted } from "@/lib/auth/accepted";
import type { SessionUser } from "@/lib/auth/types";

/**
 * The operators' list of municipalities: counts and the time of the latest entry in each one's audit
 * log, never their content or their people's names (docs/decisions/100).
 */
export async function listMunicipalitiesForOperator(user: SessionUser | null) {
  assertCan(user, "operate", platform);
  const [rows, activity] = await Promise.all([
    db.municipality.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true, code: true, _count: { select: { documents: true, memberships: { where: accepted } } } },
    }),
    db.auditEvent.groupBy({ by: ["municipalityId"], where: { municipalityId: { not: null } }, _max: { at: true } }),
  ]);
  const last = new Map(activity.map((a) => [a.municipalityId, a._max.at]));
  return rows.map(({ _count, ...m }) => ({ ...m, documents: _count.documents, people: _count.memberships, lastActivity: last.get(m.id) ?? null }));
}
