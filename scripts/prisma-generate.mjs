// `prisma generate` never runs the schema engine, but the CLI insists on finding one and cannot
// download it here (no internet). Pointing it at any existing file (node itself) satisfies it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...process.env },
});
process.exit(result.status ?? 1);
