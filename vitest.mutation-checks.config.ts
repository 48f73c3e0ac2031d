import { defineConfig, mergeConfig } from "vitest/config";
import mutation from "./vitest.mutation.config";

// The rules' own tests: the role matrix of can() and what the public may see.
export default mergeConfig(mutation, defineConfig({ test: { include: ["tests/unit/permissions.test.ts", "tests/integration/public-visibility.test.ts"] } }), true);
