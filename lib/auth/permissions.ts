import { forbidden, unauthenticated } from "@/lib/errors";
import type { SessionUser } from "./types";

/**
 * - view: the admin area of a municipality, drafts included (every role);
 * - edit / publish: content (administrators; editors, within their areas if they are limited);
 * - administer: users, follow-up periods, the municipality's own settings (administrators);
 * - operate: the platform itself: creating municipalities, inviting their first administrator, naming
 *   operators (platform operators, docs/decisions/100). Asked only of `platform`, never of a municipality.
 */
export type Permission = "view" | "edit" | "publish" | "administer" | "operate";

/** The platform above the municipalities, as a resource. */
export const platform = { platform: true } as const;

/** What a permission is asked about: a municipality, and the area when the item lies in one; or the platform. */
export type Resource = { municipalityId: number; areaId?: number | null } | typeof platform;

/**
 * The one authorization check. Every admin page and every server action goes through it. Being an
 * operator gives nothing in any municipality: an operator sees a municipality's content only through a
 * role there, like anyone else.
 */
export function can(user: SessionUser | null | undefined, permission: Permission, resource: Resource): boolean {
  if (!user || user.mustEnrolTotp) return false;
  if ("platform" in resource) return permission === "operate" && user.isOperator === true;
  const grant = user.memberships.find((m) => m.municipalityId === resource.municipalityId);
  if (!grant) return false;
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
    case "operate":
      return false;
  }
}

const describeResource = (resource: Resource) =>
  "platform" in resource ? "platform" : `municipality ${resource.municipalityId}${resource.areaId ? ` area ${resource.areaId}` : ""}`;

export function assertCan(user: SessionUser | null | undefined, permission: Permission, resource: Resource): asserts user is SessionUser {
  if (!user) throw unauthenticated();
  if (!can(user, permission, resource)) throw forbidden(`${permission} on ${describeResource(resource)} by user ${user.id}`);
}
