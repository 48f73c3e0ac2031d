import { forbidden, unauthenticated } from "@/lib/errors";
import type { SessionUser } from "./types";

/**
 * - view: the admin area of a municipality, drafts included (every role);
 * - edit / publish: content (administrators; editors, within their areas if they are limited);
 * - administer: users, follow-up periods, the municipality's own settings (administrators).
 */
export type Permission = "view" | "edit" | "publish" | "administer";

/** What a permission is asked about: always a municipality, and the area when the item lies in one. */
export type Resource = { municipalityId: number; areaId?: number | null };

/** The one authorization check. Every admin page and every server action goes through it. */
export function can(user: SessionUser | null | undefined, permission: Permission, resource: Resource): boolean {
  const grant = user?.memberships.find((m) => m.municipalityId === resource.municipalityId);
  if (!grant || user?.mustEnrolTotp) return false;
  switch (permission) {
    case "view":
      return true;
    case "administer":
      return grant.role === "ADMIN";
    case "edit":
    case "publish":
      if (grant.role === "ADMIN") return true;
      if (grant.role !== "EDITOR") return false;
      return grant.areaIds.length === 0 || (resource.areaId != null && grant.areaIds.includes(resource.areaId));
  }
}

export function assertCan(user: SessionUser | null | undefined, permission: Permission, resource: Resource): asserts user is SessionUser {
  if (!user) throw unauthenticated();
  if (!can(user, permission, resource)) {
    throw forbidden(`${permission} on municipality ${resource.municipalityId}${resource.areaId ? ` area ${resource.areaId}` : ""} by user ${user.id}`);
  }
}
