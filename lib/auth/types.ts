import type { Role } from "@/lib/generated/prisma/client";

export type MembershipGrant = {
  municipalityId: number;
  municipalitySlug: string;
  municipalityName: string;
  role: Role;
  /** An editor limited to these areas; empty means the whole municipality. */
  areaIds: number[];
};

/** The signed-in user as every permission check sees it. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  memberships: MembershipGrant[];
  /** A platform operator (docs/decisions/100): may create municipalities; gives nothing inside one. */
  isOperator?: boolean;
  /** Signed in with a password, in a role that requires TOTP, without it yet: may do nothing but enrol. */
  mustEnrolTotp?: boolean;
};
