import type pg from "pg";

/** The role the application connects as on the embedded database (docs/decisions/060). */
export const APP_ROLE = "strategiportalen_app";
// The embedded cluster listens on loopback only, where its superuser's password is no secret either.
export const APP_ROLE_PASSWORD = "strategiportalen_app";

/** Tables the application may read and append to but never change: the audit trail. */
export const APPEND_ONLY_TABLES = ["AuditEvent"];

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Creates the application's login role on the embedded cluster (run as its superuser). It owns
 * nothing, so it cannot alter, disable triggers on, truncate or drop any table, and it cannot become
 * anything else (no superuser, no CREATEROLE, no inheritance of other roles).
 */
export async function createAppRole(client: pg.Client, role = APP_ROLE, password = APP_ROLE_PASSWORD) {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const verb = rowCount ? "ALTER" : "CREATE";
  const escapedPassword = password.replace(/'/g, "''");
  await client.query(
    `${verb} ROLE ${quoted(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD '${escapedPassword}'`,
  );
}

/**
 * Gives the application role exactly what it needs in the migrated schema: read and write every
 * table, append to and read the audit trail, use the sequences; nothing on the migration history.
 * Run by the owner after every migration run, so a new table is covered the moment it exists
 * (default privileges cover tables an owner creates by hand in between).
 */
export async function grantAppRole(client: pg.Client, role: string) {
  const r = quoted(role);
  await client.query(`
    GRANT USAGE ON SCHEMA public TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r};
    REVOKE ALL ON "_prisma_migrations" FROM ${r};
    ${APPEND_ONLY_TABLES.map((t) => `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${quoted(t)} FROM ${r};`).join("\n")}
  `);
}

/** `url` with another user and password. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The user name a connection URL signs in as. */
export const userOf = (url: string) => decodeURIComponent(new URL(url).username);
