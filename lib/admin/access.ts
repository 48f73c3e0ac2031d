import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

/**
 * Every admin page starts here: the signed-in user (or the sign-in page) and their role in the
 * municipality in the address. Another municipality's admin area does not exist for them (404).
 */
export async function adminContext(municipalitySlug: string, returnTo: string) {
  const user = await requireUser(returnTo);
  const grant = user.memberships.find((m) => m.municipalitySlug === municipalitySlug);
  if (!grant || !can(user, "view", { municipalityId: grant.municipalityId })) notFound();
  const may = (permission: "edit" | "publish" | "administer", areaId?: number | null) =>
    can(user, permission, { municipalityId: grant.municipalityId, areaId });
  return { user, grant, municipalityId: grant.municipalityId, may };
}

/** For a record loaded by id: it must lie in the municipality of the address, or it does not exist here. */
export function inMunicipality<T extends { municipalityId: number }>(record: T | null, municipalityId: number): T {
  if (!record || record.municipalityId !== municipalityId) notFound();
  return record;
}
