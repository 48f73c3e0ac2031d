import { defineConfig } from "vitest/config";
import mutation from "./vitest.config";

// The rules' own tests: the role matrix of can(), and what the public may see through every read model,
// search's SQL and the open-data lists. (Not mergeConfig: it
// would add these to the full run's list instead of replacing it.)
export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: [
      "tests/unit/permissions.test.ts",
      "tests/integration/public-visibility.test.ts",
      "tests/integration/search.test.ts",
      "tests/integration/open-data.test.ts",
    ],
  },
});
