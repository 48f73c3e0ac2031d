import pg from "pg";
import { inject } from "vitest";
import { APP_ROLE, APP_ROLE_PASSWORD, withCredentials } from "@/lib/db/app-role";
import { workerDatabaseName } from "./database";

// Runs in each worker before its test files import anything: a private database per worker, so
// files in different workers never see each other's rows.
const adminUrl = inject("postgresUrl");
const name = workerDatabaseName();
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
if (!rowCount) await admin.query(`CREATE DATABASE "${name}" TEMPLATE "template_migrated"`);
await admin.end();

// The application code under test connects as the application's own role and the command-line
// entry points migrate as the owner, as in a real deployment (docs/decisions/060).
const ownerUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
process.env.DATABASE_URL = withCredentials(ownerUrl, APP_ROLE, APP_ROLE_PASSWORD);
process.env.MIGRATION_DATABASE_URL = ownerUrl;
