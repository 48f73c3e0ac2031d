import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { APP_ROLE } from "@/lib/db/app-role";

export const TEMPLATE_DATABASE = "template_migrated";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole integration run, on a temporary folder and a free port.
 * Each worker clones its own database from a migrated template (see worker-database.ts).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-test-"));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: TEMPLATE_DATABASE, disposable: true });
  // The workers' databases are copies of this one, grants included.
  await migrate(pg.url, undefined, { appRole: APP_ROLE });
  project.provide("postgresUrl", pg.urlFor("postgres"));
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
