import pg from "pg";
import { inject } from "vitest";

// Runs in each worker before its test files import anything: a private database per worker, so
// files in different workers never see each other's rows.
const adminUrl = inject("postgresUrl");
const name = `test_worker_${process.env.VITEST_POOL_ID ?? "0"}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
if (!rowCount) await admin.query(`CREATE DATABASE "${name}" TEMPLATE "template_migrated"`);
await admin.end();

process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${name}`);
