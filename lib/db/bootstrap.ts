import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";

export const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "postgres");
export const DEFAULT_EMBEDDED_PORT = 54329;

export type DatabaseHandle = { url: string; embedded: boolean; dataDir: string | null; stop(): Promise<void> };

/**
 * The database for command-line entry points: the server at DATABASE_URL, or else an embedded
 * PostgreSQL in `.data/postgres`. Migrated before it is returned.
 */
export async function openDatabase(options: { log?: (line: string) => void } = {}): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL?.trim();
  let handle: DatabaseHandle;
  if (configured) {
    handle = { url: configured, embedded: false, dataDir: null, stop: async () => undefined };
  } else {
    const dataDir = process.env.EMBEDDED_PG_DATA_DIR || DEFAULT_DATA_DIR;
    const embedded = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT || DEFAULT_EMBEDDED_PORT) });
    handle = { url: embedded.url, embedded: true, dataDir, stop: embedded.stop };
  }
  const applied = await migrate(handle.url);
  for (const name of applied) options.log?.(`Migrering körd: ${name}`);
  return handle;
}
