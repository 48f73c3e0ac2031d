// `npm test`: the whole suite — formatting (Prettier), lint (ESLint, import cycles included), unit and integration tests (Vitest), then the browser tests (Playwright).
import { spawnSync } from "node:child_process";

const steps = [
  ["prettier", ["--check", "."]],
  ["eslint", ["."]],
  ["vitest", ["run"]],
  ["playwright", ["test"]],
];
for (const [tool, args] of steps) {
  console.log(`\n> ${tool} ${args.join(" ")}`);
  const result = spawnSync("npx", ["--no-install", tool, ...args], { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  if (result.status !== 0) {
    console.error(`\n${tool} misslyckades (kod ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
