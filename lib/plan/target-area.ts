import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { orNotFound } from "@/lib/commands/define";

/** The area a new goal or action goes into, with what its permission check, position and tags need. */
export const loadTargetArea = (areaId: number) =>
  orNotFound(
    db.area.findUnique({
      where: { id: areaId },
      select: {
        id: true,
        number: true,
        documentId: true,
        document: { select: { slug: true, status: true, municipalityId: true, municipality: { select: { slug: true } } } },
      },
    }),
    `area ${areaId}`,
  );

export type TargetArea = Awaited<ReturnType<typeof loadTargetArea>>;

/** Creating in an area: an editor limited to some areas may create only in those. */
export const authorizeInArea = (user: SessionUser, area: TargetArea) =>
  assertCan(user, "edit", { municipalityId: area.document.municipalityId, areaId: area.id });
