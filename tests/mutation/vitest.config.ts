import path from "node:path";
import { defineConfig } from "vitest/config";

// The tests `npm run test:mutation` (Stryker) runs against each mutant: the permission matrix and the
// other tests of permissions, sign-in and the public visibility rule, on the embedded PostgreSQL.
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: [
      "tests/unit/permissions.test.ts",
      "tests/integration/permissions/*.test.ts",
      "tests/integration/followup/authorization.test.ts",
      "tests/integration/admin/sign-in.test.ts",
      "tests/integration/public-visibility.test.ts",
      // Refusals the matrix cannot tell apart: an invitation not accepted, an account used elsewhere, a
      // target area of another document (each killed a surviving mutant of the first complete run).
      "tests/integration/admin/users.test.ts",
      "tests/integration/admin/edit-plan.test.ts",
      "tests/integration/admin/edit-action.test.ts",
      // A published period refused until reopened; an unknown area's sign-off not found.
      "tests/integration/followup/period-lifecycle.test.ts",
    ],
    // next-intl imports next/navigation in a way Vitest must bundle (as in vitest.config.ts).
    server: { deps: { inline: ["next-intl"] } },
    environment: "node",
    globalSetup: [path.join(root, "tests/support/postgres-global-setup.ts")],
    setupFiles: [path.join(root, "tests/support/worker-database.ts")],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
