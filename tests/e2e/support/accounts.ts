import os from "node:os";
import path from "node:path";

export const E2E_PASSWORD = "e2e-lösenord-för-tester";

/** The accounts the browser tests sign in with; created by scripts/e2e-server.ts. */
export const accounts = {
  admin: { email: "admin@e2e.sodertalje.example", name: "Alva Administratör", municipality: "sodertalje", role: "ADMIN" },
  editor: { email: "redaktor@e2e.sodertalje.example", name: "Erik Redaktör", municipality: "sodertalje", role: "EDITOR" },
  reviewer: { email: "granskare@e2e.sodertalje.example", name: "Greta Granskare", municipality: "sodertalje", role: "REVIEWER" },
  /** An editor limited to the action plan's target area 6. */
  areaEditor: {
    email: "omrade6@e2e.sodertalje.example",
    name: "Olle Områdesredaktör",
    municipality: "sodertalje",
    role: "EDITOR",
    areas: { document: "handlingsplan-social-hallbarhet-2026-2030", numbers: ["6"] },
  },
  otherMunicipality: { email: "admin@e2e.katrineholm.example", name: "Karin Katrineholm", municipality: "katrineholm", role: "ADMIN" },
  /** A platform operator (docs/decisions/100): no role in any municipality. */
  operator: { email: "operator@e2e.example", name: "Olga Operatör", municipality: null, role: null },
} as const;

export type AccountName = keyof typeof accounts;

/** Where the test server tells the tests its database address, so tests can check what was stored. */
export const e2eDatabaseFile = (port: number | string) => path.join(os.tmpdir(), `strategiportalen-e2e-${port}.json`);
