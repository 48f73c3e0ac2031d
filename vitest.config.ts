import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// next-intl's ESM build imports "next/navigation" without an extension, which Node's resolver refuses: let Vite resolve it.
const deps = { server: { deps: { inline: ["next-intl"] } } };
const shared = { resolve: { alias: { "@": root } } };

export default defineConfig({
  ...shared,
  test: {
    projects: [
      { ...shared, test: { ...deps, name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        ...shared,
        test: {
          ...deps,
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: [path.join(root, "tests/support/postgres-global-setup.ts")],
          setupFiles: [path.join(root, "tests/support/worker-database.ts")],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
