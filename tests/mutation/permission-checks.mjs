// Where the permission checks are, for Stryker's `mutate` (line ranges, "file:from-to"): the rule files
// whole, and in every write command only its `authorize` step (from `authorize:` to the line before
// `write:`). Mutating whole commands (their messages, revision snapshots, cache tags) made the run take
// hours and said nothing about permissions; those are proven by the commands' own integration tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export const ruleFiles = [
  "lib/auth/permissions.ts",
  "lib/auth/session.ts",
  "lib/auth/user-sessions.ts",
  "lib/commands/define.ts",
  "lib/followup/authorize.ts",
  "lib/plan/target-area.ts",
  "lib/documents/visibility.ts",
];

function commandFiles() {
  return readdirSync(path.join(root, "lib"), { recursive: true })
    .map(String)
    .filter((file) => /^[^/]+\/commands\/.+\.ts$/.test(file))
    .map((file) => `lib/${file}`)
    .sort();
}

/** `file:from-to` for each `authorize` step in a command file (1-based, inclusive). */
export function authorizeRanges(file) {
  const lines = readFileSync(path.join(root, file), "utf8").split("\n");
  const ranges = [];
  lines.forEach((line, i) => {
    if (!/^\s*authorize:/.test(line)) return;
    const end = lines.findIndex((next, j) => j > i && /^\s*write:/.test(next));
    ranges.push(`${file}:${i + 1}-${end === -1 ? i + 1 : end}`);
  });
  return ranges;
}

/** Lines elsewhere that call a check (a follow-up row's edit check inside the bulk save). */
function checkCalls(file, pattern) {
  return readFileSync(path.join(root, file), "utf8")
    .split("\n")
    .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}-${i + 1}`] : []));
}

export const permissionChecks = () => [...ruleFiles, ...commandFiles().flatMap(authorizeRanges), ...checkCalls("lib/followup/rows.ts", /assertCan\w*\(/)];
