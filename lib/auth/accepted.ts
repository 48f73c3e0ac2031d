/**
 * A membership gives a role only once the person has accepted it; until then it is an invitation
 * (docs/decisions/050). Every query that reads roles or shows members by name filters with this.
 */
export const accepted = { acceptedAt: { not: null } } as const;
