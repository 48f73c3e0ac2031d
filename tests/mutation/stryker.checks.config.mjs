// The quick part of the mutation run (`npm run test:mutation:checks`): the permission rule and the public
// visibility rule alone, against the tests that state them, in minutes.
import base from "./stryker.config.mjs";

export default {
  ...base,
  mutate: ["lib/auth/permissions.ts", "lib/documents/visibility.ts"],
  vitest: { configFile: "tests/mutation/vitest.checks.config.ts" },
  htmlReporter: { fileName: "reports/mutation-checks/index.html" },
  jsonReporter: { fileName: "reports/mutation-checks/mutation.json" },
};
