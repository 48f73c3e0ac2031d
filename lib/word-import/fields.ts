/**
 * What the mapping form (a client component) needs besides types, kept free of zod: zod 4 probes for
 * `eval` when loaded, which the admin's Content-Security-Policy refuses.
 */
export const labelFields = ["areaLabel", "areaLabelPlural", "goalLabel", "goalLabelPlural", "actionLabel", "actionLabelPlural"] as const;
