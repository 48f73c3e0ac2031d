import { db } from "@/lib/db/client";

/**
 * The people with a role in a municipality, for its administrators. Someone invited who has not yet
 * accepted is shown by the e-mail address the administrator typed and nothing else: their name and
 * sign-ins belong to the municipalities they already work in (docs/decisions/050).
 */
export async function listMembers(municipalityId: number) {
  const rows = await db.membership.findMany({
    where: { municipalityId },
    orderBy: [{ acceptedAt: { sort: "asc", nulls: "last" } }, { user: { name: "asc" } }],
    select: {
      role: true,
      acceptedAt: true,
      areas: { select: { areaId: true } },
      user: {
        select: { id: true, name: true, email: true, disabled: true, lastSignInAt: true, _count: { select: { memberships: true } } },
      },
    },
  });
  return rows.map(({ acceptedAt, user, ...grant }) =>
    acceptedAt ? { ...grant, pending: false as const, user } : { ...grant, pending: true as const, user: { id: user.id, email: user.email } },
  );
}

/** The invitations a signed-in person has not yet answered. */
export const pendingInvitations = async (userId: number) =>
  (
    await db.membership.findMany({
      where: { userId, acceptedAt: null },
      orderBy: { createdAt: "asc" },
      select: { role: true, municipalityId: true, municipality: { select: { name: true } } },
    })
  ).map((m) => ({ municipalityId: m.municipalityId, municipalityName: m.municipality.name, role: m.role }));

/** Every area of the municipality's documents, for limiting an editor. */
export const areaChoices = async (municipalityId: number) =>
  (
    await db.area.findMany({
      where: { document: { municipalityId }, status: { not: "ARCHIVED" } },
      orderBy: [{ document: { position: "asc" } }, { position: "asc" }],
      select: { id: true, number: true, title: true, document: { select: { title: true } } },
    })
  ).map((a) => ({ value: String(a.id), label: { text: [a.number, a.title].filter(Boolean).join(". ") }, group: a.document.title, lang: "sv" as const }));
