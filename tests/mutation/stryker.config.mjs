// Mutation testing of the permission checks, the write commands and the public visibility rule
// (issue 15): `npm run test:mutation`. Every surviving mutant of a permission or visibility check is a
// check no test proves; the README lists the other survivors and why they are acceptable.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Paths are from the project root, where npm runs it.
  vitest: { configFile: "tests/mutation/vitest.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    // Authorization: the permission rule and the session that carries the user to it. Authentication
    // (password, sign-in throttle, next-auth wiring) is proven by the sign-in tests, outside this run.
    "lib/auth/permissions.ts",
    "lib/auth/session.ts",
    "lib/auth/user-sessions.ts",
    "lib/*/commands/**/*.ts",
    "lib/*/write.ts",
    "lib/commands/define.ts",
    "lib/followup/authorize.ts",
    "lib/followup/rows.ts",
    "lib/documents/visibility.ts",
  ],
  // Each test runner process starts its own embedded PostgreSQL (the global setup); two fit the machine.
  concurrency: 2,
  timeoutMS: 60_000,
  // The first run of all the tests, with coverage, takes longer than Stryker's default 5 minutes here.
  dryRunTimeoutMinutes: 45,
  ignorePatterns: [".data", ".next", ".next-e2e", ".next-bench", "bench-results", "test-results", "playwright-report", "reports"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 75, break: null },
};
