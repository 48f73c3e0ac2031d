import { db } from "@/lib/db/client";

/** The people with a role in a municipality, for its administrators. */
export const listMembers = (municipalityId: number) =>
  db.membership.findMany({
    where: { municipalityId },
    orderBy: { user: { name: "asc" } },
    select: {
      role: true,
      areas: { select: { areaId: true } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          disabled: true,
          lastSignInAt: true,
          passwordHash: true,
          _count: { select: { memberships: true } },
        },
      },
    },
  });

/** Every area of the municipality's documents, for limiting an editor. */
export const areaChoices = async (municipalityId: number) =>
  (
    await db.area.findMany({
      where: { document: { municipalityId }, status: { not: "ARCHIVED" } },
      orderBy: [{ document: { position: "asc" } }, { position: "asc" }],
      select: { id: true, number: true, title: true, document: { select: { title: true } } },
    })
  ).map((a) => ({ value: String(a.id), label: [a.number, a.title].filter(Boolean).join(". "), group: a.document.title }));
