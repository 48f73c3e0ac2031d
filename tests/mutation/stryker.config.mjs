// Mutation testing of the permission checks of the write commands and the public visibility rule
// (issue 15): `npm run test:mutation`. Every surviving mutant of a permission or visibility check is a
// check no test proves; the README lists the other survivors and why they are acceptable.
import { permissionChecks } from "./permission-checks.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Paths are from the project root, where npm runs it.
  vitest: { configFile: "tests/mutation/vitest.config.ts" },
  coverageAnalysis: "perTest",
  // The permission rule, the session that brings the user to it, the visibility rule, and the
  // `authorize` step of every write command (tests/mutation/permission-checks.mjs, from the code).
  mutate: permissionChecks(),
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
