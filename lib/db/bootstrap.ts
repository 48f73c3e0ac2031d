import path from "node:path";
import { APP_ROLE, userOf } from "./app-role";
import { startEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";

export const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "postgres");
export const DEFAULT_EMBEDDED_PORT = 54329;

export type DatabaseHandle = {
  /** Where the application connects: the role that owns nothing (docs/decisions/060). */
  url: string;
  /** The schema owner's connection: migrations and operator commands that change the schema. */
  ownerUrl: string;
  embedded: boolean;
  dataDir: string | null;
  stop(): Promise<void>;
};

/**
 * The database for command-line entry points: the server at DATABASE_URL (migrated through
 * MIGRATION_DATABASE_URL when set), or else an embedded PostgreSQL in `.data/postgres`.
 * Migrated, and the application role granted, before it is returned.
 */
export async function openDatabase(options: { log?: (line: string) => void } = {}): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL?.trim();
  const migrationUrl = process.env.MIGRATION_DATABASE_URL?.trim();
  let handle: DatabaseHandle;
  let appRole: string | undefined;
  if (configured) {
    handle = { url: configured, ownerUrl: migrationUrl || configured, embedded: false, dataDir: null, stop: async () => undefined };
    if (migrationUrl && userOf(migrationUrl) !== userOf(configured)) appRole = userOf(configured);
    else options.log?.("Varning: portalen ansluter som databasens ägare. Ange MIGRATION_DATABASE_URL och en egen roll i DATABASE_URL (se README).");
  } else {
    const dataDir = process.env.EMBEDDED_PG_DATA_DIR || DEFAULT_DATA_DIR;
    const embedded = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT || DEFAULT_EMBEDDED_PORT) });
    handle = { url: embedded.appUrl, ownerUrl: embedded.url, embedded: true, dataDir, stop: embedded.stop };
    appRole = APP_ROLE;
  }
  const applied = await migrate(handle.ownerUrl, undefined, { appRole });
  for (const name of applied) options.log?.(`Migrering körd: ${name}`);
  return handle;
}
